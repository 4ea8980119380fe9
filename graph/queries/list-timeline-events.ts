import type { GraphClient } from '../client.js';
import {
  type EntityNode,
  entityProjection,
  PARTICIPATION_TYPES,
  relTypes,
  toEntityNode,
} from './entity-row.js';
import { listFilter } from './page.js';

// The events a timeline request keeps (shared with list-timeline-bounds.ts).
// POSSIBLY: the event's interval may overlap the window (unknown bounds are open);
// CERTAINLY: both bounds are known and lie inside it.
export const TIMELINE_MATCH = `
MATCH (n:Event)
WHERE ($types IS NULL OR n.kind IN $types)
  AND ($actorIds IS NULL OR EXISTS { MATCH (a:Actor)-[:${relTypes(...PARTICIPATION_TYPES)}]->(n) WHERE a.id IN $actorIds })
  AND ($issueIds IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(i:Issue) WHERE i.id IN $issueIds })
  AND ($from IS NULL OR CASE WHEN $certain
        THEN n.earliest IS NOT NULL AND n.earliest >= date($from)
        ELSE n.latest IS NULL OR n.latest >= date($from) END)
  AND ($to IS NULL OR CASE WHEN $certain
        THEN n.latest IS NOT NULL AND n.latest <= date($to)
        ELSE n.earliest IS NULL OR n.earliest <= date($to) END)`;

/** Every PRECEDES edge with its ends' bounds. */
export const PRECEDES_ORDER = `COLLECT {
  MATCH (a:Event)-[:PRECEDES]->(b:Event)
  RETURN {from: a.id, to: b.id, fromEarliest: a.earliest, fromLatest: a.latest, toEarliest: b.earliest, toLatest: b.latest}
}`;

// Events of a time window plus every PRECEDES edge (with its ends' bounds), so relative events
// can be placed by their order even when the events that date them are filtered out.
export const LIST_TIMELINE_EVENTS = `${TIMELINE_MATCH}
WITH collect(${entityProjection('n')}) AS events
RETURN events, ${PRECEDES_ORDER} AS order`;

export interface TimelineFilter {
  from?: string | null;
  to?: string | null;
  certain: boolean;
  types?: readonly string[] | null;
  actorIds?: readonly string[] | null;
  issueIds?: readonly string[] | null;
}

export interface PrecedesPair {
  from: string;
  to: string;
  fromEarliest: string | null;
  fromLatest: string | null;
  toEarliest: string | null;
  toLatest: string | null;
}

export async function listTimelineEvents(
  client: GraphClient,
  filter: TimelineFilter,
): Promise<{ events: EntityNode[]; order: PrecedesPair[] }> {
  const rows = await client.read<{ events: Record<string, unknown>[]; order: PrecedesPair[] }>(
    LIST_TIMELINE_EVENTS,
    {
      from: filter.from ?? null,
      to: filter.to ?? null,
      certain: filter.certain,
      types: listFilter(filter.types),
      actorIds: listFilter(filter.actorIds),
      issueIds: listFilter(filter.issueIds),
    },
  );
  const row = rows[0];
  return { events: (row?.events ?? []).map(toEntityNode), order: row?.order ?? [] };
}
