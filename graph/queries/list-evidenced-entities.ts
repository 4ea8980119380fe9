import type { GraphClient } from '../client.js';
import { type EntityNode, entityProjection, toEntityNode } from './entity-row.js';
import { readable } from './status-filter.js';

export const LIST_EVIDENCED_ENTITIES = `
MATCH (n:Entity)-[:EVIDENCED_BY]->(s:Statement) WHERE s.id IN $statementIds AND ${readable('n')}
RETURN s.id AS statementId, ${entityProjection('n')} AS entity
ORDER BY statementId, n.name, n.id`;

/** The entities each statement is evidence for. */
export async function listEvidencedEntities(
  client: GraphClient,
  statementIds: readonly string[],
): Promise<{ statementId: string; entity: EntityNode }[]> {
  const rows = await client.read<{ statementId: string; entity: Record<string, unknown> }>(
    LIST_EVIDENCED_ENTITIES,
    { statementIds: [...statementIds] },
  );
  return rows.map((row) => ({ statementId: row.statementId, entity: toEntityNode(row.entity) }));
}
