import type { DatePrecision } from '../model/date-precision.js';
import type { ProblemList, SeedProblem } from './seed-errors.js';
import type { EventTimeBounds } from './seed-plan.js';

// Time on events. Dated events carry the bounds their sources give; events the article dates
// only relatively ("this most recent swap") get no invented date: their bounds are derived from
// PRECEDES alone (no earlier than the earliest possible date of an event they follow, no later
// than the latest possible date of an event they precede), or stay null.

export type Where = Pick<SeedProblem, 'file' | 'line' | 'field'>;

export interface TimedEvent {
  id: string;
  precision: DatePrecision;
  earliest: string | null;
  latest: string | null;
  where: Where;
}

export interface PrecedesEdge {
  from: string;
  to: string;
  where: Where;
}

const DATED = new Set<DatePrecision>(['day', 'month', 'year', 'approximate']);

export function isDated(precision: DatePrecision): boolean {
  return DATED.has(precision);
}

/** Checks declared bounds against their precision; returns what is wrong, or null. */
export function checkDeclaredBounds(
  precision: DatePrecision,
  earliest: string | null | undefined,
  latest: string | null | undefined,
): string | null {
  if (!isDated(precision)) {
    return earliest || latest
      ? `precision "${precision}" takes no dates: bounds of undated events are derived from PRECEDES`
      : null;
  }
  if (!earliest || !latest) return `precision "${precision}" needs both earliest and latest`;
  if (earliest > latest) return `earliest ${earliest} is after latest ${latest}`;
  if (precision === 'month' && (!earliest.endsWith('-01') || latest !== lastDayOfMonth(latest))) {
    return `precision "month" needs earliest on the 1st and latest on the last day of a month (got ${earliest}..${latest})`;
  }
  if (precision === 'year' && (!earliest.endsWith('-01-01') || !latest.endsWith('-12-31'))) {
    return `precision "year" needs earliest YYYY-01-01 and latest YYYY-12-31 (got ${earliest}..${latest})`;
  }
  return null;
}

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 8)}${String(last).padStart(2, '0')}`;
}

/**
 * Bounds of every event: declared for dated ones, derived for the others through PRECEDES and
 * through `beginnings` (a part that begins its whole, `from` PART_OF `to` with role
 * `beginning`: the whole starts no earlier than its beginning, so the war is placed from its
 * dated invasion). A beginning gives a floor only: it says nothing about when the whole ends.
 */
export function deriveEventBounds(
  events: ReadonlyMap<string, TimedEvent>,
  precedes: readonly PrecedesEdge[],
  problems: ProblemList,
  beginnings: readonly PrecedesEdge[] = [],
): Map<string, EventTimeBounds> {
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  for (const edge of precedes) {
    before.set(edge.to, [...(before.get(edge.to) ?? []), edge.from]);
    after.set(edge.from, [...(after.get(edge.from) ?? []), edge.to]);
  }
  for (const edge of beginnings) before.set(edge.to, [...(before.get(edge.to) ?? []), edge.from]);

  // floor(id): the earliest possible date of anything it follows, i.e. a certain lower bound;
  // ceiling(id) mirrors it with the latest possible date of anything it precedes.
  const memo = { floor: new Map<string, Bound>(), ceiling: new Map<string, Bound>() };
  const visiting = new Set<string>();
  const walk = (id: string, dir: 'floor' | 'ceiling'): Bound => {
    const cached = memo[dir].get(id);
    if (cached !== undefined) return cached;
    if (visiting.has(id)) throw new PrecedesCycle(id);
    visiting.add(id);
    let bound: Bound = null;
    for (const other of (dir === 'floor' ? before : after).get(id) ?? []) {
      const event = events.get(other);
      const own = dir === 'floor' ? event?.earliest : event?.latest;
      const candidate = own ? { date: own, from: other } : walk(other, dir);
      bound = tighter(bound, candidate, dir === 'floor');
    }
    visiting.delete(id);
    memo[dir].set(id, bound);
    return bound;
  };

  const result = new Map<string, EventTimeBounds>();
  for (const event of events.values()) {
    let floor: Bound;
    let ceiling: Bound;
    try {
      floor = walk(event.id, 'floor');
      ceiling = walk(event.id, 'ceiling');
    } catch (error) {
      if (!(error instanceof PrecedesCycle)) throw error;
      visiting.clear();
      problems.add({
        ...event.where,
        code: 'TIME_CONFLICT',
        message: `PRECEDES relationships form a cycle through ${error.eventId}`,
        hint: 'An event cannot precede itself; remove or reverse one PRECEDES relationship of the cycle.',
      });
      continue;
    }
    const start = event.earliest ?? floor?.date ?? null;
    const end = event.latest ?? ceiling?.date ?? null;
    const low = floor?.date ?? start;
    const high = ceiling?.date ?? end;
    if ((low && end && low > end) || (high && start && start > high)) {
      problems.add({
        ...event.where,
        code: 'TIME_CONFLICT',
        message: `${event.id} cannot satisfy both its dates and its order: it follows something on or after ${floor?.date ?? '?'} and precedes something on or before ${ceiling?.date ?? '?'} (own bounds ${event.earliest ?? '?'}..${event.latest ?? '?'})`,
        hint: "Check this event's dates and its PRECEDES relationships; one of them is wrong.",
      });
    }
    result.set(
      event.id,
      isDated(event.precision)
        ? {
            precision: event.precision,
            earliest: event.earliest,
            latest: event.latest,
            earliestFrom: null,
            latestFrom: null,
          }
        : {
            precision: event.precision,
            earliest: floor?.date ?? null,
            latest: ceiling?.date ?? null,
            earliestFrom: floor?.from ?? null,
            latestFrom: ceiling?.from ?? null,
          },
    );
  }
  return result;
}

type Bound = { date: string; from: string } | null;

function tighter(a: Bound, b: Bound, later: boolean): Bound {
  if (!a) return b;
  if (!b) return a;
  return (later ? b.date > a.date : b.date < a.date) ? b : a;
}

class PrecedesCycle extends Error {
  constructor(readonly eventId: string) {
    super(`PRECEDES cycle through ${eventId}`);
  }
}
