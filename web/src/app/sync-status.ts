import { describeElement } from '../graph/describe-element.js';
import type { AppContext } from './context.js';
import { primarySelection } from './state.js';
import { sameValue } from './store.js';

// Screen readers hear a short status when the selection or what the graph shows changes
// ("Selected: Ukraine, Actor · state"), never the whole details panel. The canvas's text
// alternative says what the graph shows and where to read it as a list.

export function connectStatus(ctx: AppContext): void {
  const { view, data, shell } = ctx;

  const announceSelection = () => {
    const state = view.get();
    const primary = primarySelection(state);
    const summary = primary ? describeElement(data.get().model, primary) : null;
    const more = state.selection.length > 1 ? ` (${state.selection.length} selected)` : '';
    shell.status.textContent = summary
      ? `Selected: ${summary.name}, ${summary.what}${more}`
      : state.selection.length === 0
        ? 'Selection cleared'
        : '';
  };

  const describeGraph = () => {
    const { visible, model } = data.get();
    shell.graphSummary.textContent = `The graph shows ${visible.nodes.size} of ${model.nodes.size} nodes and ${visible.edges.size} relationships. The List tab beside it lists them as tables, with the same selection.`;
  };

  view.subscribe((state, previous) => {
    if (!sameValue(state.selection, previous.selection)) announceSelection();
  });
  data.subscribe((state, previous) => {
    if (state.visible !== previous.visible) describeGraph();
  });
}
