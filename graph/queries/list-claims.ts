import type { GraphClient } from '../client.js';
import type { ClaimStance } from '../model/claim-stances.js';
import { type EntityNode, entityProjection, toEntityNode } from './entity-row.js';
import { listFilter, type Page, type PageWindow, pageTail, readPage, textFilter } from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

export const LIST_CLAIMS = `
MATCH (n:Claim)
WHERE ($stances IS NULL OR n.kind IN $stances)
  AND ${readable('n')}
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.description, '')) CONTAINS $text)
  AND ($holderIds IS NULL OR EXISTS { MATCH (a:Actor)-[:HOLDS]->(n) WHERE a.id IN $holderIds })
  AND ($issueIds IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(i:Issue) WHERE i.id IN $issueIds })
  AND ($aboutIds IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(o:Entity) WHERE o.id IN $aboutIds })
WITH n ORDER BY n.name, n.id${pageTail(entityProjection('x'))}`;

export interface ClaimFilter extends StatusFilter {
  stances?: readonly ClaimStance[] | null;
  text?: string | null;
  holderIds?: readonly string[] | null;
  issueIds?: readonly string[] | null;
  aboutIds?: readonly string[] | null;
}

/** Claims sorted by name then id, filtered by stance, holder, issue and object. */
export function listClaims(
  client: GraphClient,
  filter: ClaimFilter,
  window: PageWindow,
): Promise<Page<EntityNode>> {
  const params = {
    stances: listFilter(filter.stances),
    text: textFilter(filter.text),
    holderIds: listFilter(filter.holderIds),
    issueIds: listFilter(filter.issueIds),
    aboutIds: listFilter(filter.aboutIds),
  };
  return readPage(client, LIST_CLAIMS, { ...params, ...statusParams(filter.status) }, window, toEntityNode);
}
