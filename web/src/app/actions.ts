import type { Quote } from '../api/get-entity.js';
import { getNeighborhood } from '../api/get-neighborhood.js';
import { mergeGraph } from '../graph/model.js';
import type { AppContext } from './context.js';
import type { EntityKind, LaneMode, SidePanel, TimeRange } from './state.js';

// Everything a user can do, as changes to the view state (and, for expand, to the data).
// Views call these; the sync modules react to the resulting state.

export interface Actions {
  select(id: string, additive?: boolean): void;
  selectMany(ids: string[]): void;
  clearSelection(): void;
  expand(id: string): Promise<void>;
  showQuote(quote: Quote): void;
  findPaths(from: string, to: string): void;
  clearPath(): void;
  toggleKind(kind: EntityKind): void;
  setIssues(ids: string[]): void;
  setActors(ids: string[]): void;
  setRange(range: TimeRange | null): void;
  setLanes(mode: LaneMode): void;
  setPanel(panel: SidePanel): void;
  setSource(id: string): void;
}

export function createActions(ctx: AppContext): Actions {
  const { view, data } = ctx;
  const actions: Actions = {
    select(id, additive = false) {
      view.update((s) => {
        if (!additive) return { selection: [id] };
        return {
          selection: s.selection.includes(id) ? s.selection.filter((x) => x !== id) : [...s.selection, id],
        };
      });
    },
    selectMany(ids) {
      view.update({ selection: [...new Set(ids)] });
    },
    clearSelection() {
      view.update({ selection: [], path: null });
    },
    async expand(id) {
      view.update((s) => ({ expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id] }));
      try {
        const around = await getNeighborhood(id);
        const merged = mergeGraph(data.get().model, around.nodes, around.edges);
        if (merged.addedNodes.length || merged.addedEdges.length) {
          await ctx.graph.merge(merged.model, { nodes: merged.addedNodes, edges: merged.addedEdges }, id);
          data.update({ model: merged.model });
        }
      } catch (error) {
        ctx.fail(error, () => void actions.expand(id));
      }
    },
    showQuote(quote) {
      data.update({ pendingQuoteId: quote.id });
      view.update({ panel: 'reader', sourceId: quote.source.id });
    },
    findPaths(from, to) {
      view.update({ path: [from, to] });
    },
    clearPath() {
      view.update({ path: null });
    },
    toggleKind(kind) {
      view.update((s) => ({
        kinds: s.kinds.includes(kind) ? s.kinds.filter((k) => k !== kind) : [...s.kinds, kind],
      }));
    },
    setIssues(ids) {
      view.update({ issueIds: ids });
    },
    setActors(ids) {
      view.update({ actorIds: ids });
    },
    setRange(range) {
      view.update({ range });
    },
    setLanes(mode) {
      view.update({ lanes: mode });
    },
    setPanel(panel) {
      view.update({ panel });
    },
    setSource(id) {
      view.update({ sourceId: id });
    },
  };
  return actions;
}
