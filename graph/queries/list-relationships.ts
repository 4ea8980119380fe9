import type { GraphClient } from '../client.js';
import type { RelationshipRecord } from '../model/records.js';
import type { RelationshipType } from '../model/relationship-types.js';
import { DOMAIN_TYPES, relationProjection, toRelationRow } from './entity-row.js';
import { listFilter, type Page, type PageWindow, pageTail, readPage } from './page.js';
import { hasEndStatus, readable, type StatusFilter, statusParams } from './status-filter.js';

export const LIST_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types AND ${readable('r')} AND ${hasEndStatus('a')} AND ${hasEndStatus('b')}
  AND ($entityIds IS NULL OR a.id IN $entityIds OR b.id IN $entityIds)
WITH r AS n ORDER BY n.id${pageTail(relationProjection('x'))}`;

export interface RelationshipFilter extends StatusFilter {
  types?: readonly RelationshipType[] | null;
  /** Relationships touching any of these entities (either end). */
  entityIds?: readonly string[] | null;
}

/** Domain relationships sorted by id (`<from>|<TYPE>|<to>`, unique), filtered by type and end. */
export function listRelationships(
  client: GraphClient,
  filter: RelationshipFilter,
  window: PageWindow,
): Promise<Page<RelationshipRecord>> {
  const params = {
    types: listFilter(filter.types) ?? DOMAIN_TYPES,
    entityIds: listFilter(filter.entityIds),
  };
  return readPage(
    client,
    LIST_RELATIONSHIPS,
    { ...params, ...statusParams(filter.status) },
    window,
    toRelationRow,
  );
}
