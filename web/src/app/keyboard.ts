import { type Direction, nearestInDirection } from '../graph/nearest-node.js';
import type { Actions } from './actions.js';
import type { AppContext } from './context.js';
import { isEdgeId, primarySelection } from './state.js';

// Keys that work anywhere outside a text field, and arrow-key moves on the graph canvas.
// The details panel lists them (its intro), so they are discoverable.

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}

export function connectKeyboard(ctx: AppContext, actions: Actions, focusSearch: () => void): void {
  const { shell, graph, view, reader, timeline } = ctx;

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || typing(event.target)) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      return focusSearch();
    }
    if (event.ctrlKey || event.metaKey) return;
    const primary = primarySelection(view.get());
    const handlers: Record<string, () => void> = {
      '/': focusSearch,
      Escape: () => actions.clearSelection(),
      f: () => graph.fit(),
      '+': () => graph.zoomBy(1.25),
      '=': () => graph.zoomBy(1.25),
      '-': () => graph.zoomBy(1 / 1.25),
      e: () => primary && !isEdgeId(primary) && actions.expand(primary),
      n: () => reader.step(1),
      p: () => reader.step(-1),
      ']': () => reader.step(1),
      '[': () => reader.step(-1),
      g: () => shell.graphCanvas.focus(),
      t: () => timeline.focus(),
      r: () => {
        actions.setPanel('reader');
        shell.readerPanel.querySelector<HTMLElement>('.reader-body')?.focus();
      },
      d: () => {
        actions.setPanel('details');
        shell.detailsPanel.focus();
      },
    };
    const handler = handlers[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });

  shell.graphCanvas.addEventListener('keydown', (event) => {
    const direction = ARROWS[event.key];
    const primary = primarySelection(view.get());
    if (event.key === 'Enter' && primary && !isEdgeId(primary)) {
      event.preventDefault();
      actions.expand(primary);
      return;
    }
    if (!direction) return;
    event.preventDefault();
    event.stopPropagation();
    const nodes = graph.cy.nodes('.hidden').absoluteComplement().nodes();
    const points = nodes.map((node) => ({ id: node.id(), x: node.position('x'), y: node.position('y') }));
    const current = primary ? points.find((p) => p.id === primary) : undefined;
    if (!current) {
      // Nothing selected yet: start from the node nearest the middle of the view.
      const extent = graph.cy.extent();
      const middle = { id: '', x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
      const first = points.sort(
        (a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y),
      )[0];
      if (first) actions.select(first.id);
      return;
    }
    const next = nearestInDirection(current, points, direction);
    if (next) actions.select(next, event.shiftKey);
  });
}
