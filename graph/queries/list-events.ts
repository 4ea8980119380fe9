import type { GraphClient } from '../client.js';
import {
  type EntityNode,
  entityProjection,
  PARTICIPATION_TYPES,
  relTypes,
  toEntityNode,
} from './entity-row.js';
import {
  listFilter,
  NAME_OR_ALIAS_CONTAINS_TEXT,
  type Page,
  type PageWindow,
  pageTail,
  readPage,
  textFilter,
} from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

// Sorted by their earliest known date (undated last), then name and id.
export const LIST_EVENTS = `
MATCH (n:Event)
WHERE ($types IS NULL OR n.kind IN $types)
  AND ${readable('n')}
  AND ($origin IS NULL OR n.origin = $origin)
  AND ${NAME_OR_ALIAS_CONTAINS_TEXT}
  AND ($actorIds IS NULL OR EXISTS { MATCH (a:Actor)-[:${relTypes(...PARTICIPATION_TYPES)}]->(n) WHERE a.id IN $actorIds })
  AND ($issueIds IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(i:Issue) WHERE i.id IN $issueIds })
  AND ($placeIds IS NULL OR EXISTS { MATCH (n)-[:OCCURRED_IN]->(p:Place) WHERE p.id IN $placeIds })
WITH n ORDER BY coalesce(n.earliest, n.latest), n.name, n.id${pageTail(entityProjection('x'))}`;

export interface EventFilter extends StatusFilter {
  types?: readonly string[] | null;
  origin?: 'article' | 'context' | null;
  text?: string | null;
  actorIds?: readonly string[] | null;
  issueIds?: readonly string[] | null;
  placeIds?: readonly string[] | null;
}

/** Events filtered by type, origin, text, participants, issues and places. */
export function listEvents(
  client: GraphClient,
  filter: EventFilter,
  window: PageWindow,
): Promise<Page<EntityNode>> {
  const params = {
    types: listFilter(filter.types),
    origin: filter.origin ?? null,
    text: textFilter(filter.text),
    actorIds: listFilter(filter.actorIds),
    issueIds: listFilter(filter.issueIds),
    placeIds: listFilter(filter.placeIds),
  };
  return readPage(client, LIST_EVENTS, { ...params, ...statusParams(filter.status) }, window, toEntityNode);
}
