import type { FoundPath } from '../api/find-paths.js';
import { clear, h } from '../app/dom.js';
import type { GraphModel } from './model.js';
import { relationLabel } from './model.js';

// The path finder's results over the graph: each path as a button (the graph highlights the
// chosen one) and its steps written out, in order from the first node to the second.

export interface PathBar {
  element: HTMLElement;
  showLoading(fromLabel: string, toLabel: string): void;
  show(
    paths: readonly FoundPath[],
    current: number,
    model: GraphModel,
    fromLabel: string,
    toLabel: string,
  ): void;
  showMessage(message: string): void;
  hide(): void;
}

export function describePath(path: FoundPath, model: GraphModel): string {
  const label = (id: string) => model.nodes.get(id)?.label ?? id;
  const parts: string[] = [label(path.nodeIds[0] ?? '')];
  path.edgeIds.forEach((edgeId, i) => {
    const edge = path.edges.find((e) => e.id === edgeId);
    const from = path.nodeIds[i] ?? '';
    const to = path.nodeIds[i + 1] ?? '';
    const forward = edge?.source === from;
    parts.push(
      forward ? `—${relationLabel(edge?.type ?? '')}→` : `←${relationLabel(edge?.type ?? '')}—`,
      label(to),
    );
  });
  return parts.join(' ');
}

export function createPathBar(onPick: (index: number) => void, onClose: () => void): PathBar {
  const element = h('div', {
    class: 'path-bar',
    attrs: { hidden: true, role: 'region', 'aria-label': 'Paths' },
  });
  const close = h('button', {
    class: 'btn btn-icon',
    text: '✕',
    title: 'Clear the path',
    attrs: { type: 'button', 'aria-label': 'Clear the path' },
    on: { click: onClose },
  });
  return {
    element,
    showLoading(fromLabel, toLabel) {
      clear(element);
      element.hidden = false;
      element.append(
        h('span', { class: 'loading-line', text: `Finding paths from ${fromLabel} to ${toLabel}…` }),
        close,
      );
    },
    show(paths, current, model, fromLabel, toLabel) {
      clear(element);
      element.hidden = false;
      const picker = h(
        'div',
        { class: 'path-picker', attrs: { role: 'group', 'aria-label': 'Paths found' } },
        ...paths.map((path, i) =>
          h('button', {
            class: `btn btn-small${i === current ? ' active' : ''}`,
            text: `${i + 1}: ${path.length} ${path.length === 1 ? 'step' : 'steps'}`,
            attrs: { type: 'button', 'aria-pressed': String(i === current) },
            on: { click: () => onPick(i) },
          }),
        ),
      );
      const chosen = paths[current];
      element.append(
        h('strong', { text: `Paths ${fromLabel} → ${toLabel}` }),
        picker,
        h('span', {
          class: 'path-steps',
          text: chosen ? describePath(chosen, model) : '',
          title: chosen ? describePath(chosen, model) : '',
        }),
        close,
      );
    },
    showMessage(message) {
      clear(element);
      element.hidden = false;
      element.append(h('span', { text: message }), close);
    },
    hide() {
      element.hidden = true;
      clear(element);
    },
  };
}
