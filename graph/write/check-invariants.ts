import { isEntityLabel } from '../model/labels.js';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../model/relationship-types.js';
import type { WriteTx } from './write-context.js';
import { invariantViolation } from './write-errors.js';

// The graph's invariants, checked inside the change's transaction just before it commits, on
// the items it touched. A violation throws, so the transaction rolls back and nothing lands.

/** An accepted entity without an accepted or proposed exact-quote statement. */
export const ACCEPTED_ENTITIES_WITHOUT_EVIDENCE = `
MATCH (n:Entity) WHERE n.id IN $ids AND coalesce(n.status, 'ACCEPTED') = 'ACCEPTED'
  AND NOT EXISTS { MATCH (n)-[:EVIDENCED_BY]->(s:Statement) WHERE coalesce(s.status, 'ACCEPTED') <> 'REJECTED' }
RETURN n.id AS id`;

/** An accepted relationship whose evidence list is empty or names a missing statement. */
export const ACCEPTED_RELATIONSHIPS_WITHOUT_EVIDENCE = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (a.id IN $entityIds OR b.id IN $entityIds OR r.id IN $relationshipIds)
  AND r.evidenceIds IS NOT NULL AND coalesce(r.status, 'ACCEPTED') = 'ACCEPTED'
  AND (size(r.evidenceIds) = 0 OR COUNT { MATCH (s:Statement) WHERE s.id IN r.evidenceIds } < size(r.evidenceIds))
RETURN r.id AS id`;

/** An accepted relationship with an end that is not accepted: it would dangle in every read. */
export const DANGLING_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (a.id IN $entityIds OR b.id IN $entityIds OR r.id IN $relationshipIds)
  AND r.evidenceIds IS NOT NULL AND coalesce(r.status, 'ACCEPTED') = 'ACCEPTED'
  AND (coalesce(a.status, 'ACCEPTED') <> 'ACCEPTED' OR coalesce(b.status, 'ACCEPTED') <> 'ACCEPTED')
RETURN r.id AS id, a.id AS from, a.status AS fromStatus, b.id AS to, b.status AS toStatus`;

export async function checkInvariants(w: WriteTx): Promise<void> {
  const entityIds = [...w.touched.entities];
  const relationshipIds = [...w.touched.relationships];
  if (entityIds.length === 0 && relationshipIds.length === 0) return;
  const bare = await w.run<{ id: string }>(ACCEPTED_ENTITIES_WITHOUT_EVIDENCE, { ids: entityIds });
  if (bare.length > 0) {
    throw invariantViolation(
      `An accepted entity needs at least one exact-quote statement: ${ids(bare)} would have none. Add evidence first.`,
      { ids: bare.map((row) => row.id) },
    );
  }
  const params = { entityIds, relationshipIds };
  const unsupported = await w.run<{ id: string }>(ACCEPTED_RELATIONSHIPS_WITHOUT_EVIDENCE, params);
  if (unsupported.length > 0) {
    throw invariantViolation(
      `An accepted relationship needs existing evidence statements: ${ids(unsupported)} has none or names a missing one.`,
      { ids: unsupported.map((row) => row.id) },
    );
  }
  const dangling = await w.run<{ id: string }>(DANGLING_RELATIONSHIPS, params);
  if (dangling.length > 0) {
    throw invariantViolation(
      `Accepted relationships may only join accepted entities: ${ids(dangling)} would not. Accept both ends (in the same call), or reject the relationship first.`,
      { ids: dangling.map((row) => row.id) },
    );
  }
}

/** The relationship type exists and joins these labels (graph/model/relationship-types.ts). */
export function assertEndpointsFit(type: string, fromLabel: string, toLabel: string): void {
  if (!isRelationshipType(type)) {
    throw invariantViolation(`"${type}" is not a relationship type of this graph.`, { type });
  }
  const spec = RELATIONSHIP_TYPES[type];
  const fits = (labels: readonly string[], label: string) => isEntityLabel(label) && labels.includes(label);
  if (!fits(spec.from, fromLabel) || !fits(spec.to, toLabel)) {
    throw invariantViolation(
      `${type} joins ${spec.from.join('/')} → ${spec.to.join('/')}, not ${fromLabel} → ${toLabel}.`,
      { type, fromLabel, toLabel },
    );
  }
}

function ids(rows: { id: string }[]): string {
  return rows.map((row) => `"${row.id}"`).join(', ');
}
