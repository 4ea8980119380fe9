import type { TimeRange } from '../app/state.js';
import type { EventOrigin } from '../graph/model.js';
import { isoOfLocal } from '../util/dates.js';
import type { DatedItem } from './placement.js';

// Which stretch of time the timeline shows: the events that are shown, not every event ever
// loaded. It opens on the article's own dated events, or, when the article dates none itself,
// on the most recent three quarters of the events (a few background events reach back years
// and would squeeze the rest against the edge); Fit shows every event the filters leave.

export interface TimeWindow {
  /** Milliseconds since the epoch, local midnight-based like the axis. */
  start: number;
  end: number;
}

const DAY = 86_400_000;
/** Share of the shown events the opening window holds, the most recent ones. */
export const OPENING_SHARE = 0.75;

function ms(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

export function windowFor(
  items: readonly DatedItem[],
  originOf: (id: string) => EventOrigin | undefined,
  hidden: ReadonlySet<string>,
  articleFirst: boolean,
): TimeWindow | null {
  const shown = items.filter((item) => !hidden.has(item.id));
  const article = shown.filter((item) => originOf(item.id) === 'ARTICLE');
  const byStart = [...shown].sort((a, b) => a.start.localeCompare(b.start));
  const recent = byStart.slice(Math.ceil(byStart.length * (1 - OPENING_SHARE)));
  const chosen = !articleFirst ? shown : article.length ? article : recent;
  if (chosen.length === 0) return null;
  const start = Math.min(...chosen.map((item) => ms(item.start)));
  const end = Math.max(...chosen.map((item) => ms(item.end)));
  // Room either side, more on the right where item labels run on past their date.
  const pad = Math.max(14 * DAY, (end - start) * 0.08);
  return { start: start - pad, end: end + pad * 3 };
}

/** A brushed range with some room around it (what a shared link with a range opens on). */
export function paddedWindow(range: TimeRange): TimeWindow {
  const start = ms(range.from);
  const end = ms(range.to) + DAY;
  const pad = Math.max(DAY * 7, (end - start) * 0.15);
  return { start: start - pad, end: end + pad };
}

/** A shared timeline window (days) as the axis's, and back: `toRange(fromRange(r))` is `r`. */
export function fromRange(range: TimeRange): TimeWindow {
  return { start: ms(range.from), end: ms(range.to) };
}

export function toRange(window: { start: Date; end: Date }): TimeRange {
  return { from: isoOfLocal(window.start), to: isoOfLocal(window.end) };
}
