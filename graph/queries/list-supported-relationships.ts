import type { GraphClient } from '../client.js';
import type { RelationshipRecord } from '../model/records.js';
import { DOMAIN_TYPES, relationProjection, toRelationRow } from './entity-row.js';
import { readable } from './status-filter.js';

// Relationship evidence is stored on the relationship (`r.evidenceIds`), so this reads every
// domain relationship once and keeps those citing one of the statements.
export const LIST_SUPPORTED_RELATIONSHIPS = `
MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) IN $types AND ${readable('r')}
UNWIND r.evidenceIds AS statementId
WITH statementId, r WHERE statementId IN $statementIds
RETURN statementId, ${relationProjection('r')} AS relation
ORDER BY statementId, relation.id`;

/** The relationships each statement is evidence for. */
export async function listSupportedRelationships(
  client: GraphClient,
  statementIds: readonly string[],
): Promise<{ statementId: string; relation: RelationshipRecord }[]> {
  const rows = await client.read<{ statementId: string; relation: Record<string, unknown> }>(
    LIST_SUPPORTED_RELATIONSHIPS,
    { statementIds: [...statementIds], types: DOMAIN_TYPES },
  );
  return rows.map((row) => ({ statementId: row.statementId, relation: toRelationRow(row.relation) }));
}
