import type { GraphClient } from '../client.js';
import {
  type EntityNode,
  entityProjection,
  PARTICIPATION_TYPES,
  relTypes,
  toEntityNode,
} from './entity-row.js';
import {
  cypherInt,
  listFilter,
  NAME_OR_ALIAS_CONTAINS_TEXT,
  type Page,
  type PageWindow,
  textFilter,
} from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

const EVENT_FILTERS = `
  ($types IS NULL OR n.kind IN $types)
  AND ${readable('n')}
  AND ($origin IS NULL OR n.origin = $origin)
  AND ${NAME_OR_ALIAS_CONTAINS_TEXT}
  AND ($actorIds IS NULL OR EXISTS { MATCH (a:Actor)-[:${relTypes(...PARTICIPATION_TYPES)}]->(n) WHERE a.id IN $actorIds })
  AND ($issueIds IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(i:Issue) WHERE i.id IN $issueIds })
  AND ($placeIds IS NULL OR EXISTS { MATCH (n)-[:OCCURRED_IN]->(p:Place) WHERE p.id IN $placeIds })`;

// Sorted by their earliest known date (undated last), then name and id: the stored list key
// (graph/time/store-timeline-order.ts) is indexed, so the page is read in index order and the
// scan stops once the page is full (top-k), instead of sorting and collecting every event.
export const LIST_EVENTS = `
MATCH (n:Event)
WHERE n.listKey IS NOT NULL AND ${EVENT_FILTERS}
WITH n ORDER BY n.listKey, n.name, n.id
SKIP $offset LIMIT $limit
RETURN ${entityProjection('n')} AS item`;

// With participants given, the page starts from their events (index seek on the actors) and
// keeps the top k of those: scanning every event in order for a small actor's few would not stop.
export const LIST_EVENTS_OF_ACTORS = `
MATCH (a:Actor)-[:${relTypes(...PARTICIPATION_TYPES)}]->(n:Event)
WHERE a.id IN $actorIds
WITH DISTINCT n
WHERE n.listKey IS NOT NULL AND ${EVENT_FILTERS}
WITH n ORDER BY n.listKey, n.name, n.id
SKIP $offset LIMIT $limit
RETURN ${entityProjection('n')} AS item`;

/** The number of events the filters match: a count, no sort; only when `totalCount` is asked. */
export const COUNT_EVENTS = `
MATCH (n:Event)
WHERE ${EVENT_FILTERS}
RETURN count(n) AS total`;

export interface EventFilter extends StatusFilter {
  types?: readonly string[] | null;
  origin?: 'article' | 'context' | null;
  text?: string | null;
  actorIds?: readonly string[] | null;
  issueIds?: readonly string[] | null;
  placeIds?: readonly string[] | null;
}

function eventParams(filter: EventFilter) {
  return {
    types: listFilter(filter.types),
    origin: filter.origin ?? null,
    text: textFilter(filter.text),
    actorIds: listFilter(filter.actorIds),
    issueIds: listFilter(filter.issueIds),
    placeIds: listFilter(filter.placeIds),
    ...statusParams(filter.status),
  };
}

/**
 * Events filtered by type, origin, text, participants, issues and places. Without `withTotal`,
 * `total` is only a lower bound: the rows before and in the window, plus one when more follow
 * (enough for `hasNextPage`).
 */
export async function listEvents(
  client: GraphClient,
  filter: EventFilter,
  window: PageWindow,
  { withTotal }: { withTotal: boolean } = { withTotal: true },
): Promise<Page<EntityNode>> {
  const params = eventParams(filter);
  // One row more than the window tells whether another page follows without counting them all.
  const rows = await client.read<{ item: Record<string, unknown> }>(
    params.actorIds ? LIST_EVENTS_OF_ACTORS : LIST_EVENTS,
    { ...params, offset: cypherInt(window.offset), limit: cypherInt(window.limit + 1) },
  );
  const items = rows.slice(0, window.limit).map((row) => toEntityNode(row.item));
  return { total: withTotal ? await countEvents(client, filter) : window.offset + rows.length, items };
}

/** How many events the filters match (`totalCount`). */
export async function countEvents(client: GraphClient, filter: EventFilter): Promise<number> {
  const [row] = await client.read<{ total: number }>(COUNT_EVENTS, eventParams(filter));
  return row?.total ?? 0;
}
