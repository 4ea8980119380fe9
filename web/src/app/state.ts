import { ENTITY_LABELS, type EntityLabel } from '../../../graph/model/labels.js';

// What the user is looking at: everything here is shareable and lives in the URL
// (see url-state.ts). Loaded data lives elsewhere.

// The API's EntityKind values, derived from the model's labels so a new kind reaches the web
// without an edit here (tests/unit/web-kinds.test.ts holds them equal to the printed schema).
export type EntityKind = Uppercase<EntityLabel>;
export const ENTITY_KINDS: readonly EntityKind[] = ENTITY_LABELS.map((label) => toEntityKind(label));

function toEntityKind<L extends EntityLabel>(label: L): Uppercase<L> {
  return label.toUpperCase() as Uppercase<L>;
}

export const PANELS = ['details', 'reader', 'list'] as const;
export type SidePanel = (typeof PANELS)[number];

export const LANE_MODES = ['issue', 'actor'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** Inclusive ISO dates (`YYYY-MM-DD`). */
export interface TimeRange {
  from: string;
  to: string;
}

/** The graph's camera: the model point at the canvas centre, and the zoom. */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export interface ViewState {
  /** Selected node and edge ids; the last one is the one the details panel shows. */
  selection: string[];
  /** Kinds of node shown in the graph. */
  kinds: EntityKind[];
  /** Only what concerns these issues (empty: no issue filter). */
  issueIds: string[];
  /** Only what involves these actors (empty: no actor filter). */
  actorIds: string[];
  /** The brushed time window; null when none. */
  range: TimeRange | null;
  panel: SidePanel;
  lanes: LaneMode;
  /** The source open in the reader; null picks the first article. */
  sourceId: string | null;
  /** Nodes whose neighbourhood was expanded: always shown with their neighbours. */
  expanded: string[];
  /** Path finder endpoints. */
  path: [string, string] | null;
  /** Which of the found paths is shown (0 is the shortest). */
  pathIndex: number;
  /** Where the user moved the graph's camera; null: the app fits the graph. */
  camera: Camera | null;
  /** The timeline's visible window; null: the app opens on the shown events. */
  timeWindow: TimeRange | null;
  /** Proposed (not yet reviewed) items drawn too, dashed; needs a token (review/proposed-toggle.ts). */
  proposed: boolean;
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
  selection: [],
  kinds: [...ENTITY_KINDS],
  issueIds: [],
  actorIds: [],
  range: null,
  panel: 'details',
  lanes: 'issue',
  sourceId: null,
  expanded: [],
  path: null,
  pathIndex: 0,
  camera: null,
  timeWindow: null,
  proposed: false,
}) as ViewState;

/** The selection's primary element (the one shown in the details panel). */
export function primarySelection(view: Pick<ViewState, 'selection'>): string | null {
  return view.selection.at(-1) ?? null;
}

/** Entity ids look like `actor:ukraine`; edge ids like `a:x|TYPE|b:y`. */
export function isEdgeId(id: string): boolean {
  return id.includes('|');
}
