import { GraphTable } from '../graph/graph-table.js';
import type { Actions } from './actions.js';
import type { AppContext } from './context.js';
import { sameValue } from './store.js';

// The List tab follows the graph: the same visible nodes and relationships, the same selection.
// It renders only while open, so a hidden table costs nothing as the graph changes.

export function connectTable(ctx: AppContext, actions: Actions): void {
  const { view, data, shell } = ctx;
  const table = new GraphTable({ onSelect: (id, additive) => actions.select(id, additive) });
  shell.listPanel.append(table.element);
  let drawn: unknown = null;

  const render = () => {
    const { model, visible, status } = data.get();
    if (view.get().panel !== 'list' || status !== 'ready') return;
    if (drawn === visible) return table.setSelection(view.get().selection);
    table.render(model, visible, view.get().selection);
    drawn = visible;
  };

  view.subscribe((state, previous) => {
    if (state.panel !== previous.panel || !sameValue(state.selection, previous.selection)) render();
  });
  data.subscribe((state, previous) => {
    if (state.visible !== previous.visible || state.status !== previous.status) render();
  });
}
