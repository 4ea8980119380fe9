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

export const LIST_ISSUES = `
MATCH (n:Issue)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ${readable('n')}
  AND ${NAME_OR_ALIAS_CONTAINS_TEXT}
  AND ($actorIds IS NULL OR EXISTS {
    MATCH (a:Actor)-[:${relTypes(...PARTICIPATION_TYPES, 'HOLDS')}]->()-[:CONCERNS]->(n) WHERE a.id IN $actorIds })
  AND ($eventIds IS NULL OR EXISTS { MATCH (e:Event)-[:CONCERNS]->(n) WHERE e.id IN $eventIds })
WITH n ORDER BY n.name, n.id${pageTail(entityProjection('x'))}`;

export interface IssueFilter extends StatusFilter {
  kinds?: readonly string[] | null;
  text?: string | null;
  actorIds?: readonly string[] | null;
  eventIds?: readonly string[] | null;
}

/** Issues sorted by name then id; `actorIds` keeps issues of their events and claims. */
export function listIssues(
  client: GraphClient,
  filter: IssueFilter,
  window: PageWindow,
): Promise<Page<EntityNode>> {
  const params = {
    kinds: listFilter(filter.kinds),
    text: textFilter(filter.text),
    actorIds: listFilter(filter.actorIds),
    eventIds: listFilter(filter.eventIds),
  };
  return readPage(client, LIST_ISSUES, { ...params, ...statusParams(filter.status) }, window, toEntityNode);
}
