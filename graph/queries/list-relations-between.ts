import type { GraphClient } from '../client.js';
import type { RelationshipRecord } from '../model/records.js';
import { DOMAIN_TYPES, relationProjection, toRelationRow } from './entity-row.js';
import { cypherInt } from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

export const LIST_RELATIONS_BETWEEN = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types AND ${readable('r')}
RETURN ${relationProjection('r')} AS relation
ORDER BY relation.id
LIMIT $limit`;

/** Domain relationships whose both ends are among `ids` (the edges of a drawn subgraph). */
export async function listRelationsBetween(
  client: GraphClient,
  ids: readonly string[],
  limit: number,
  filter: StatusFilter = {},
): Promise<RelationshipRecord[]> {
  const rows = await client.read<{ relation: Record<string, unknown> }>(LIST_RELATIONS_BETWEEN, {
    ids: [...ids],
    types: DOMAIN_TYPES,
    limit: cypherInt(limit),
    ...statusParams(filter.status),
  });
  return rows.map((row) => toRelationRow(row.relation));
}
