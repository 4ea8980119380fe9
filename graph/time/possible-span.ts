// The "possibly overlaps" rule of time windows, in one place. An event's bounds are inclusive
// and an unknown bound is open: an event may have happened in a window when its earliest
// possible day is not after the window's end and its latest possible day not before its start.
// The same span is stored on each event (possibleStart/possibleEnd, open ends as the sentinel
// days below) so the database applies this very rule through an index.

export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';

export interface TimeBounds {
  earliest: string | null;
  latest: string | null;
}

export interface DayWindow {
  from: string;
  to: string;
}

/** The days an event may have happened on, open ends made explicit. */
export function possibleSpan(bounds: TimeBounds): { start: string; end: string } {
  return { start: bounds.earliest ?? OPEN_START, end: bounds.latest ?? OPEN_END };
}

/** True when an event with these bounds may have happened inside the window. */
export function possiblyOverlaps(bounds: TimeBounds | null, window: DayWindow): boolean {
  const span = possibleSpan(bounds ?? { earliest: null, latest: null });
  return span.start <= window.to && span.end >= window.from;
}

/** True when both bounds are known and lie inside the window (the CERTAINLY match). */
export function certainlyInside(bounds: TimeBounds, window: DayWindow): boolean {
  return (
    bounds.earliest !== null &&
    bounds.latest !== null &&
    bounds.earliest >= window.from &&
    bounds.latest <= window.to
  );
}
