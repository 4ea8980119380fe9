import { isCalendarDate } from '../../../graph/time/calendar-date.js';
import {
  type Camera,
  DEFAULT_VIEW,
  ENTITY_KINDS,
  type EntityKind,
  LANE_MODES,
  PANELS,
  type TimeRange,
  type ViewState,
} from './state.js';

// The view state <-> the query string. Only what differs from the default is written, ids stay
// readable (`?sel=actor:ukraine`), and anything malformed in a hand-edited URL is dropped
// rather than breaking the page.

const ID = /^[a-z]+:[^\s,]+$/;
const EDGE_ID = /^[a-z]+:[^\s,|]+\|[A-Z_]+\|[a-z]+:[^\s,|]+$/;
const MAX_IDS = 50;
const MAX_PATHS = 20;
// Cytoscape's zoom limits (graph-view.ts) and a generous bound on model coordinates.
const ZOOM_LIMITS = [0.1, 4] as const;
const MAX_COORDINATE = 1e6;

function idList(value: string | null, allowEdges = false): string[] {
  if (!value) return [];
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => ID.test(id) && (!id.includes('|') || (allowEdges && EDGE_ID.test(id))));
  return [...new Set(ids)].slice(0, MAX_IDS);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function parseRange(from: string | null, to: string | null): TimeRange | null {
  if (!from || !to || !isCalendarDate(from) || !isCalendarDate(to)) return null;
  return from <= to ? { from, to } : { from: to, to: from };
}

// `timeline=2022-01-01,2025-06-30`
function parseWindow(value: string | null): TimeRange | null {
  const [from, to, extra] = value?.split(',') ?? [];
  return extra === undefined ? parseRange(from ?? null, to ?? null) : null;
}

// `camera=120,-40,1.25`: the model point at the canvas centre, then the zoom.
function parseCamera(value: string | null): Camera | null {
  const parts = value?.split(',').map(Number) ?? [];
  const [x, y, zoom] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || zoom === undefined) return null;
  if (!parts.every(Number.isFinite) || Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE)
    return null;
  return zoom >= ZOOM_LIMITS[0] && zoom <= ZOOM_LIMITS[1] ? { x, y, zoom } : null;
}

// `pathNo=2` counts from 1, as the path bar does.
function parsePathIndex(value: string | null, hasPath: boolean): number {
  const n = Number(value);
  return hasPath && Number.isInteger(n) && n >= 1 && n <= MAX_PATHS ? n - 1 : 0;
}

/** Rounded so links stay short: whole model units, a thousandth of zoom. */
export function roundCamera(camera: Camera): Camera {
  return { x: Math.round(camera.x), y: Math.round(camera.y), zoom: Math.round(camera.zoom * 1000) / 1000 };
}

function parseKinds(value: string | null): EntityKind[] {
  if (value === null) return [...ENTITY_KINDS];
  const wanted = new Set(value.split(',').map((k) => k.trim().toUpperCase()));
  return ENTITY_KINDS.filter((kind) => wanted.has(kind));
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const path = idList(params.get('path'));
  const source = params.get('source');
  const validPath = path.length === 2 && path[0] !== path[1];
  return {
    selection: idList(params.get('sel'), true),
    kinds: parseKinds(params.get('kinds')),
    issueIds: idList(params.get('issues')).filter((id) => id.startsWith('issue:')),
    actorIds: idList(params.get('actors')).filter((id) => id.startsWith('actor:')),
    range: parseRange(params.get('from'), params.get('to')),
    panel: oneOf(params.get('panel'), PANELS, DEFAULT_VIEW.panel),
    lanes: oneOf(params.get('lanes'), LANE_MODES, DEFAULT_VIEW.lanes),
    sourceId: source && ID.test(source) && source.startsWith('source:') ? source : null,
    expanded: idList(params.get('expand')),
    path: validPath ? [path[0] as string, path[1] as string] : null,
    pathIndex: parsePathIndex(params.get('pathNo'), validPath),
    camera: parseCamera(params.get('camera')),
    timeWindow: parseWindow(params.get('timeline')),
    proposed: params.get('proposed') === '1',
  };
}

// `:` `,` and `|` are left as they are so shared links stay readable.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%7C/gi, '|');
}

export function serializeViewState(view: ViewState): string {
  const parts: [string, string][] = [];
  if (view.selection.length) parts.push(['sel', view.selection.join(',')]);
  if (view.kinds.length !== ENTITY_KINDS.length) parts.push(['kinds', view.kinds.join(',')]);
  if (view.issueIds.length) parts.push(['issues', view.issueIds.join(',')]);
  if (view.actorIds.length) parts.push(['actors', view.actorIds.join(',')]);
  if (view.range) parts.push(['from', view.range.from], ['to', view.range.to]);
  if (view.panel !== DEFAULT_VIEW.panel) parts.push(['panel', view.panel]);
  if (view.lanes !== DEFAULT_VIEW.lanes) parts.push(['lanes', view.lanes]);
  if (view.sourceId) parts.push(['source', view.sourceId]);
  if (view.expanded.length) parts.push(['expand', view.expanded.join(',')]);
  if (view.path) parts.push(['path', view.path.join(',')]);
  if (view.path && view.pathIndex > 0) parts.push(['pathNo', String(view.pathIndex + 1)]);
  if (view.camera) {
    const { x, y, zoom } = roundCamera(view.camera);
    parts.push(['camera', `${x},${y},${zoom}`]);
  }
  if (view.timeWindow) parts.push(['timeline', `${view.timeWindow.from},${view.timeWindow.to}`]);
  if (view.proposed) parts.push(['proposed', '1']);
  return parts.length ? `?${parts.map(([key, value]) => `${key}=${encode(value)}`).join('&')}` : '';
}
