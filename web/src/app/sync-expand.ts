import { getNeighborhood } from '../api/get-neighborhood.js';
import { mergeGraph } from '../graph/model.js';
import type { AppContext } from './context.js';

// Expanding a node is a view change (its id joins `expanded`, so it is in the URL); this loads
// the neighbours it asks for and lays them out around it. A shared link's expanded nodes are
// loaded after the first load only when that load did not already bring them.

export function connectExpansion(ctx: AppContext): void {
  const { view, data, graph } = ctx;
  const loaded = new Set<string>();

  const load = async (id: string) => {
    loaded.add(id);
    try {
      const around = await getNeighborhood(id);
      const merged = mergeGraph(data.get().model, around.nodes, around.edges);
      if (merged.addedNodes.length || merged.addedEdges.length) {
        await graph.merge(merged.model, { nodes: merged.addedNodes, edges: merged.addedEdges }, id);
        data.update({ model: merged.model });
      }
      // Its "+n more" is answered (a neighbourhood cut by its limit still says more in its tooltip).
      if (data.get().more.get(id)) {
        const more = new Map(data.get().more);
        const left = around.truncated ? Math.max(1, (more.get(id) ?? 0) - (around.nodes.length - 1)) : 0;
        if (left > 0) more.set(id, left);
        else more.delete(id);
        data.update({ more });
      }
    } catch (error) {
      loaded.delete(id);
      ctx.fail(error, () => void load(id));
    }
  };

  view.subscribe((state, previous) => {
    if (data.get().status !== 'ready') return;
    for (const id of state.expanded) if (!previous.expanded.includes(id) && !loaded.has(id)) void load(id);
  });
  data.subscribe((state, previous) => {
    if (state.status !== 'ready' || previous.status === 'ready') return;
    for (const id of view.get().expanded) {
      if (state.model.truncated || !state.model.nodes.has(id)) void load(id);
      else loaded.add(id);
    }
  });
}
