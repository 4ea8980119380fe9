import type { Row } from '../client.js';
import { possibleSpan } from './possible-span.js';
import { type OrderInput, orderTimeline, type PrecedesInput } from './timeline-order.js';

// Keeps the stored timeline order true after a write: reads every event's bounds and the
// PRECEDES edges, orders them in memory (near-linear), and writes back the indexed properties
// a timeline page reads (timelineRank, sortDate, placedBy) and the possible span a time window
// seeks on (possibleStart, possibleEnd, spanDays). Runs inside the caller's write transaction,
// so the order commits (or rolls back) with the data that changed it. The seed writer calls it
// as its last step; any other writer of events or PRECEDES calls it the same way.

export const READ_TIMELINE_EVENTS = `
MATCH (n:Event)
RETURN n.id AS id, n.name AS name, n.earliest AS earliest, n.latest AS latest, n.precision AS precision`;

export const READ_TIMELINE_PRECEDES = `
MATCH (a:Event)-[:PRECEDES]->(b:Event)
RETURN a.id AS from, b.id AS to`;

// spanDays is set for closed spans only: its maximum bounds how far before a window a
// possibly-overlapping event can start.
export const WRITE_TIMELINE_ORDER = `
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
SET n.timelineRank = row.rank, n.sortDate = date(row.sortDate), n.placedBy = row.placedBy,
    n.possibleStart = date(row.possibleStart), n.possibleEnd = date(row.possibleEnd),
    n.spanDays = CASE WHEN n.earliest IS NULL OR n.latest IS NULL THEN null
                 ELSE duration.inDays(n.earliest, n.latest).days END
RETURN count(n) AS written`;

const BATCH = 10_000;

/** Runs one statement in the caller's transaction and returns plain rows. */
export type RunInTx = <T extends Row>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

export async function storeTimelineOrder(run: RunInTx): Promise<number> {
  const events = await run<OrderInput & Row>(READ_TIMELINE_EVENTS);
  const precedes = await run<PrecedesInput & Row>(READ_TIMELINE_PRECEDES);
  const bounds = new Map(events.map((event) => [event.id, event]));
  const rows = orderTimeline(events, precedes).map((place) => {
    const span = possibleSpan(bounds.get(place.id) ?? { earliest: null, latest: null });
    return { ...place, possibleStart: span.start, possibleEnd: span.end };
  });
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const written = (await run<{ written: number }>(WRITE_TIMELINE_ORDER, { rows: batch }))[0]?.written;
    if (written !== batch.length) {
      throw new Error(`Timeline order wrote ${written ?? 0} of ${batch.length} events; rolled back.`);
    }
  }
  return rows.length;
}
