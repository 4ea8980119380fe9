import type { SourceSummary } from '../api/list-sources.js';
import type { DetailsPanel } from '../graph/details-panel.js';
import type { Visible } from '../graph/filter.js';
import type { GraphView } from '../graph/graph-view.js';
import { EMPTY_GRAPH, type GraphModel } from '../graph/model.js';
import type { PathBar } from '../graph/path-bar.js';
import type { EvidenceIndex } from '../reader/evidence-index.js';
import type { ReaderView } from '../reader/reader-view.js';
import type { LazyTimeline } from '../timeline/lazy-timeline.js';
import type { TimelineEvent } from '../timeline/placement.js';
import type { Banner } from './banner.js';
import type { Shell } from './shell.js';
import type { ViewState } from './state.js';
import type { Store } from './store.js';

// What the app's parts share: the view state (URL), the loaded data, and the views.

export type LoadStatus = 'loading' | 'ready' | 'empty' | 'error';
/** The graph's first drawing: none yet, the draft layout, then the refined one. */
export type Drawing = 'none' | 'drawn' | 'settled';

/** What the pointer is over: graph or timeline elements, or statements in the reader. */
export type Hover =
  | { from: 'graph' | 'timeline'; ids: string[] }
  | { from: 'reader'; statementIds: string[] };

export interface AppData {
  status: LoadStatus;
  drawing: Drawing;
  model: GraphModel;
  /** Per node, neighbours the overview left out ("+n more"); expanding loads them. */
  more: ReadonlyMap<string, number>;
  events: TimelineEvent[];
  sources: SourceSummary[];
  visible: Visible;
  /** A quote picked in the details panel, for the reader to scroll to once it has rendered. */
  pendingQuoteId: string | null;
  /** The open source's statements and what each supports (null until the reader has one). */
  evidence: EvidenceIndex | null;
  hover: Hover | null;
}

export const INITIAL_DATA: AppData = {
  status: 'loading',
  drawing: 'none',
  model: EMPTY_GRAPH,
  more: new Map(),
  events: [],
  sources: [],
  visible: { nodes: new Set(), edges: new Set() },
  pendingQuoteId: null,
  evidence: null,
  hover: null,
};

export interface AppContext {
  view: Store<ViewState>;
  data: Store<AppData>;
  shell: Shell;
  graph: GraphView;
  timeline: LazyTimeline;
  reader: ReaderView;
  details: DetailsPanel;
  pathBar: PathBar;
  banner: Banner;
  /** Reports a failed API call: the banner says what failed and Retry runs `retry`. */
  fail(error: unknown, retry: () => void): void;
}
