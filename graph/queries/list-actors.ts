import type { GraphClient } from '../client.js';
import type { ActorKind } from '../model/actor-kinds.js';
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

export const LIST_ACTORS = `
MATCH (n:Actor)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ${readable('n')}
  AND ${NAME_OR_ALIAS_CONTAINS_TEXT}
  AND ($eventIds IS NULL OR EXISTS { MATCH (n)-[:${relTypes(...PARTICIPATION_TYPES)}]->(e:Event) WHERE e.id IN $eventIds })
  AND ($placeIds IS NULL OR EXISTS { MATCH (n)-[:${relTypes('CLAIMS_SOVEREIGNTY', 'CONTROLS')}]->(p:Place) WHERE p.id IN $placeIds })
WITH n ORDER BY n.name, n.id${pageTail(entityProjection('x'))}`;

export interface ActorFilter extends StatusFilter {
  kinds?: readonly ActorKind[] | null;
  text?: string | null;
  eventIds?: readonly string[] | null;
  placeIds?: readonly string[] | null;
}

/** Actors sorted by name then id, filtered by kind, text, events taken part in, places held. */
export function listActors(
  client: GraphClient,
  filter: ActorFilter,
  window: PageWindow,
): Promise<Page<EntityNode>> {
  const params = {
    kinds: listFilter(filter.kinds),
    text: textFilter(filter.text),
    eventIds: listFilter(filter.eventIds),
    placeIds: listFilter(filter.placeIds),
  };
  return readPage(client, LIST_ACTORS, { ...params, ...statusParams(filter.status) }, window, toEntityNode);
}
