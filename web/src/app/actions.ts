import type { Quote } from '../api/get-entity.js';
import { phraseTarget } from '../reader/evidence-index.js';
import type { AppData, Hover } from './context.js';
import type { Camera, EntityKind, LaneMode, SidePanel, TimeRange, ViewState } from './state.js';
import type { Store } from './store.js';

// Everything a user can do, as changes to the stores: the view state (the URL) and, for what
// is not shared, the data store. Actions only write state, so they exist before any view; the
// sync modules react to the state (sync-expand.ts loads an expanded node's neighbours).

export interface Actions {
  select(id: string, additive?: boolean): void;
  selectMany(ids: string[]): void;
  /** A click on highlighted text in the reader: selects what those statements support. */
  selectPhrases(statementIds: string[]): void;
  clearSelection(): void;
  expand(id: string): void;
  showQuote(quote: Quote): void;
  findPaths(from: string, to: string): void;
  /** Shows another of the found paths (0 is the shortest). */
  pickPath(index: number): void;
  clearPath(): void;
  toggleKind(kind: EntityKind): void;
  setIssues(ids: string[]): void;
  setActors(ids: string[]): void;
  setRange(range: TimeRange | null): void;
  setLanes(mode: LaneMode): void;
  setPanel(panel: SidePanel): void;
  setSource(id: string): void;
  /** The graph's camera came to rest here (recorded for the URL). */
  setCamera(camera: Camera): void;
  /** The timeline's window came to rest here (recorded for the URL). */
  setTimeWindow(window: TimeRange): void;
  /** The pointer is over something (null: over nothing); its counterparts light up elsewhere. */
  hover(hover: Hover | null): void;
}

export function createActions(view: Store<ViewState>, data: Store<AppData>): Actions {
  return {
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
    selectPhrases(statementIds) {
      const index = data.get().evidence;
      if (!index) return;
      view.update({ selection: [...new Set(statementIds.flatMap((id) => phraseTarget(index, id)))] });
    },
    clearSelection() {
      view.update({ selection: [], path: null, pathIndex: 0 });
    },
    expand(id) {
      view.update((s) => ({ expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id] }));
    },
    showQuote(quote) {
      data.update({ pendingQuoteId: quote.id });
      view.update({ panel: 'reader', sourceId: quote.source.id });
    },
    findPaths(from, to) {
      view.update({ path: [from, to], pathIndex: 0 });
    },
    pickPath(index) {
      view.update({ pathIndex: index });
    },
    clearPath() {
      view.update({ path: null, pathIndex: 0 });
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
    setCamera(camera) {
      view.update({ camera });
    },
    setTimeWindow(window) {
      view.update({ timeWindow: window });
    },
    hover(hover) {
      if (hover === null && data.get().hover === null) return;
      data.update({ hover });
    },
  };
}
