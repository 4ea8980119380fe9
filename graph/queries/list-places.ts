import type { GraphClient } from '../client.js';
import type { PlaceKind } from '../model/actor-kinds.js';
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

export const LIST_PLACES = `
MATCH (n:Place)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ${readable('n')}
  AND ${NAME_OR_ALIAS_CONTAINS_TEXT}
  AND ($actorIds IS NULL
    OR EXISTS { MATCH (a:Actor)-[:${relTypes('CLAIMS_SOVEREIGNTY', 'CONTROLS')}]->(n) WHERE a.id IN $actorIds }
    OR EXISTS { MATCH (a:Actor)-[:${relTypes(...PARTICIPATION_TYPES)}]->(:Event)-[:OCCURRED_IN]->(n) WHERE a.id IN $actorIds })
WITH n ORDER BY n.name, n.id${pageTail(entityProjection('x'))}`;

export interface PlaceFilter extends StatusFilter {
  kinds?: readonly PlaceKind[] | null;
  text?: string | null;
  actorIds?: readonly string[] | null;
}

/** Places sorted by name then id; `actorIds` keeps places those actors hold or acted in. */
export function listPlaces(
  client: GraphClient,
  filter: PlaceFilter,
  window: PageWindow,
): Promise<Page<EntityNode>> {
  const params = {
    kinds: listFilter(filter.kinds),
    text: textFilter(filter.text),
    actorIds: listFilter(filter.actorIds),
  };
  return readPage(client, LIST_PLACES, { ...params, ...statusParams(filter.status) }, window, toEntityNode);
}
