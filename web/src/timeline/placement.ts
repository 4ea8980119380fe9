import type { DatePrecision, EventOrigin } from '../graph/model.js';
import { describeTime, nextDay } from '../util/dates.js';

// Where each event goes on the timeline. Dated events span their honest bounds (a month is a
// month wide); events known only relatively (or not at all) never get a date: they go to their
// own band, in the order PRECEDES gives, with whatever bound that order implies as words.

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

/**
 * Every event in one order that respects PRECEDES; ties (and cycles, which bad data could hold)
 * fall back to the earliest known bound, then to the order the API gave.
 */
export function knownOrder(events: readonly TimelineEvent[]): string[] {
  const index = new Map(events.map((event, i) => [event.id, i]));
  const key = (event: TimelineEvent) =>
    `${event.earliest ?? event.latest ?? '9999-12-31'}#${String(index.get(event.id)).padStart(6, '0')}`;
  const byId = new Map(events.map((event) => [event.id, event]));
  const incoming = new Map(events.map((event) => [event.id, 0]));
  const outgoing = new Map<string, string[]>(events.map((event) => [event.id, []]));
  const addEdge = (from: string, to: string) => {
    const list = outgoing.get(from);
    if (!list || !incoming.has(to) || list.includes(to)) return;
    list.push(to);
    incoming.set(to, (incoming.get(to) ?? 0) + 1);
  };
  for (const event of events) {
    for (const earlier of event.after) addEdge(earlier, event.id);
    for (const later of event.before) addEdge(event.id, later);
  }
  const ready = events.filter((event) => incoming.get(event.id) === 0);
  const order: string[] = [];
  while (order.length < events.length) {
    if (ready.length === 0) {
      // A cycle: release the lowest-keyed event still waiting.
      const waiting = events.filter((event) => !order.includes(event.id) && !ready.includes(event));
      waiting.sort((a, b) => key(a).localeCompare(key(b)));
      const next = waiting[0];
      if (!next) break;
      incoming.set(next.id, 0);
      ready.push(next);
    }
    ready.sort((a, b) => key(a).localeCompare(key(b)));
    const next = ready.shift() as TimelineEvent;
    if (order.includes(next.id)) continue;
    order.push(next.id);
    for (const later of outgoing.get(next.id) ?? []) {
      const left = (incoming.get(later) ?? 0) - 1;
      incoming.set(later, left);
      const event = byId.get(later);
      if (left === 0 && event) ready.push(event);
    }
  }
  return order;
}

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
  const relative = knownOrder(events)
    .map((id) => byId.get(id) as TimelineEvent)
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
