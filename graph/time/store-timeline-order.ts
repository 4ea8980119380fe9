import type { Row } from '../client.js';
import { possibleSpan } from './possible-span.js';
import {
  type OrderInput,
  orderTimeline,
  type PartOfInput,
  type PrecedesInput,
  type TimelinePlace,
} from './timeline-order.js';

// Keeps the stored timeline order true after a write: reads every event's bounds and the
// PRECEDES and PART_OF edges, orders them in memory (near-linear), and writes back the indexed properties
// a timeline page reads (timelineRank, sortDate, placedBy), the possible span a time window
// seeks on (possibleStart, possibleEnd, spanDays) and the events list's sort key (listKey). Only events whose stored placement differs
// are written: one new event in a large corpus rewrites the few it moves, not every event.
// Runs inside the caller's write transaction, so the order commits (or rolls back) with the data
// that changed it. The seed writer calls it as its last step; the write path once per change.

export const READ_TIMELINE_EVENTS = `
MATCH (n:Event)
RETURN n.id AS id, n.name AS name, n.earliest AS earliest, n.latest AS latest, n.precision AS precision,
  n.timelineRank AS storedRank, n.sortDate AS storedSortDate, n.placedBy AS storedPlacedBy,
  n.possibleStart AS storedPossibleStart, n.possibleEnd AS storedPossibleEnd, n.spanDays AS storedSpanDays,
  n.listKey AS storedListKey`;

export const READ_TIMELINE_PRECEDES = `
MATCH (a:Event)-[:PRECEDES]->(b:Event)
RETURN a.id AS from, b.id AS to`;

export const READ_TIMELINE_PART_OF = `
MATCH (p:Event)-[:PART_OF]->(w:Event)
RETURN p.id AS part, w.id AS whole`;

export const WRITE_TIMELINE_ORDER = `
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
SET n.timelineRank = row.rank, n.sortDate = date(row.sortDate), n.placedBy = row.placedBy,
    n.possibleStart = date(row.possibleStart), n.possibleEnd = date(row.possibleEnd),
    n.spanDays = toInteger(row.spanDays), n.listKey = row.listKey
RETURN count(n) AS written`;

const BATCH = 10_000;

/** Runs one statement in the caller's transaction and returns plain rows. */
export type RunInTx = <T extends Row>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

interface StoredPlacement {
  storedRank: number | null;
  storedSortDate: string | null;
  storedPlacedBy: string | null;
  storedPossibleStart: string | null;
  storedPossibleEnd: string | null;
  storedSpanDays: number | null;
  storedListKey: string | null;
}

/** Writes the order and returns how many events it had to rewrite. */
export async function storeTimelineOrder(run: RunInTx): Promise<number> {
  const events = await run<OrderInput & StoredPlacement & Row>(READ_TIMELINE_EVENTS);
  const precedes = await run<PrecedesInput & Row>(READ_TIMELINE_PRECEDES);
  const partOf = await run<PartOfInput & Row>(READ_TIMELINE_PART_OF);
  const byId = new Map(events.map((event) => [event.id, event]));
  const rows = orderTimeline(events, precedes, partOf).flatMap((place) => {
    const event = byId.get(place.id);
    if (!event) return [];
    const span = possibleSpan(event);
    const row = {
      ...place,
      possibleStart: span.start,
      possibleEnd: span.end,
      spanDays: daysBetween(event.earliest, event.latest),
      listKey: listKeyOf(event),
    };
    return isStored(event, row) ? [] : [row];
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

type PlacementRow = TimelinePlace & {
  possibleStart: string;
  possibleEnd: string;
  spanDays: number | null;
  listKey: string;
};

// The `events` list's order (earliest known day, else latest; undated last), stored so that a
// page is an index scan in order that stops after the page (graph/queries/list-events.ts). ISO
// days sort as strings; '~' sorts after every digit.
export const UNDATED_LIST_KEY = '~';

function listKeyOf(event: { earliest: string | null; latest: string | null }): string {
  return event.earliest ?? event.latest ?? UNDATED_LIST_KEY;
}

function isStored(event: StoredPlacement, row: PlacementRow): boolean {
  return (
    event.storedRank === row.rank &&
    event.storedSortDate === row.sortDate &&
    event.storedPlacedBy === row.placedBy &&
    event.storedPossibleStart === row.possibleStart &&
    event.storedPossibleEnd === row.possibleEnd &&
    event.storedSpanDays === row.spanDays &&
    event.storedListKey === row.listKey
  );
}

// Closed spans only: the largest spanDays bounds how far before a window a possibly-overlapping
// event can start.
function daysBetween(earliest: string | null, latest: string | null): number | null {
  if (!earliest || !latest) return null;
  return Math.round((Date.parse(`${latest}T00:00:00Z`) - Date.parse(`${earliest}T00:00:00Z`)) / 86_400_000);
}
