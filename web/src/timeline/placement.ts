import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { DatePrecision, EventOrigin } from '../graph/model.js';
import { describeTime, nextDay } from '../util/dates.js';

// Where each event goes on the timeline. Dated events span their honest bounds (a month is a
// month wide); events known only relatively (or not at all) never get a date: they go to their
// own band, in the order the API's timeline lists them (the stored order, which follows
// PRECEDES; see graph/time/timeline-order.ts), with whatever bound that order implies as words.

export interface TimelineEvent {
  id: string;
  name: string;
  type: string;
  origin: EventOrigin;
  precision: DatePrecision;
  earliest: string | null;
  latest: string | null;
  relativePhrase: string | null;
  issues: { id: string; name: string }[];
  participants: { id: string; name: string }[];
  /** Ids of events this one is known to follow / precede (PRECEDES). */
  after: string[];
  before: string[];
  /** Ids of the larger events this one is a round or stage of (PART_OF). */
  partOf: string[];
  /** What placed it in the timeline's order, and the date it is sorted by (from the API). */
  placedBy: 'DATE' | 'ORDER' | 'UNPLACED';
  sortDate: string | null;
  /** Set when a bound is derived, not stated: the event whose date gave it. */
  earliestFrom?: { id: string; name: string; origin: EventOrigin } | null;
  latestFrom?: { id: string; name: string; origin: EventOrigin } | null;
  /** Set only when proposed events are loaded (the review toggle). */
  status?: ReviewStatus;
}

export interface DatedItem {
  id: string;
  /** First day (inclusive). */
  start: string;
  /** The day after the last possible day: a drawn range covers every possible day. */
  end: string;
  shape: 'point' | 'range';
  approximate: boolean;
  when: string;
}

export interface RelativeItem {
  id: string;
  /** 0-based position in the known order. */
  order: number;
  phrase: string | null;
  when: string;
  /** Names of the events it is known to follow / precede. */
  follows: string[];
  precedes: string[];
}

export interface Placement {
  dated: DatedItem[];
  relative: RelativeItem[];
}

export function isDatable(event: TimelineEvent): boolean {
  return (
    event.precision !== 'RELATIVE' && event.precision !== 'UNKNOWN' && !!event.earliest && !!event.latest
  );
}

/** `events` come in timeline order, as the API's `timeline` lists them. */
export function placeEvents(events: readonly TimelineEvent[]): Placement {
  const byId = new Map(events.map((event) => [event.id, event]));
  const names = (ids: string[]) => ids.map((id) => byId.get(id)?.name).filter((n): n is string => !!n);
  const dated: DatedItem[] = [];
  for (const event of events) {
    if (!isDatable(event)) continue;
    const start = event.earliest as string;
    const last = event.latest as string;
    const sameDay = start === last;
    dated.push({
      id: event.id,
      start,
      end: nextDay(last),
      shape: sameDay ? 'point' : 'range',
      approximate: event.precision === 'APPROXIMATE',
      when: describeTime(event.precision, start, last),
    });
  }
  const relative = events
    .filter((event) => !isDatable(event))
    .map((event, order) => ({
      id: event.id,
      order,
      phrase: event.relativePhrase,
      when: describeTime(event.precision, event.earliest, event.latest),
      follows: names(event.after),
      precedes: names(event.before),
    }));
  return { dated, relative };
}
