import type { GraphClient } from '../client.js';
import type { RelationshipRecord } from '../model/records.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../model/review-status.js';
import { DOMAIN_TYPES, relationProjection, toRelationRow } from './entity-row.js';
import { readable } from './status-filter.js';

// Anchored on the end entities (named in the id, indexed) rather than scanning every relationship.
export const GET_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $endIds AND r.id IN $ids AND type(r) IN $types AND ${readable('r')}
RETURN ${relationProjection('r')} AS relation
ORDER BY relation.id`;

/**
 * The domain relationships with these ids (`<from>|<TYPE>|<to>`); unknown ids, and those of
 * other statuses than `statuses` (default: any), are left out.
 */
export async function getRelationships(
  client: GraphClient,
  ids: readonly string[],
  endIds: readonly string[],
  statuses: readonly ReviewStatus[] = REVIEW_STATUSES,
): Promise<RelationshipRecord[]> {
  const rows = await client.read<{ relation: Record<string, unknown> }>(GET_RELATIONSHIPS, {
    ids: [...ids],
    endIds: [...new Set(endIds)],
    types: DOMAIN_TYPES,
    statuses: [...statuses],
  });
  return rows.map((row) => toRelationRow(row.relation));
}
