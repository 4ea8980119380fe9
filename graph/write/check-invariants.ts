import { isEntityLabel } from '../model/labels.js';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../model/relationship-types.js';
import { parseRelationshipId } from './lock-items.js';
import type { WriteTx } from './write-context.js';
import { invariantViolation } from './write-errors.js';

// The graph's invariants, checked inside the change's transaction just before it commits, on
// the items it touched. A violation throws, so the transaction rolls back and nothing lands.

// One statement for all three checks. Every part starts from an index seek on the touched ids
// (relationships by their ends, parsed from `<from>|TYPE|<to>`), so the cost follows the items
// touched, not the size of the graph.
export const FIND_INVARIANT_VIOLATIONS = `
CALL () {
  MATCH (n:Entity) WHERE n.id IN $entityIds AND coalesce(n.status, 'ACCEPTED') = 'ACCEPTED'
    AND NOT EXISTS { MATCH (n)-[:EVIDENCED_BY]->(s:Statement) WHERE coalesce(s.status, 'ACCEPTED') <> 'REJECTED' }
  RETURN n.id AS id, 'unevidenced-entity' AS problem
  UNION
  CALL () {
    UNWIND $entityIds AS id MATCH (a:Entity {id: id})-[r]->(b:Entity) RETURN a, r, b
    UNION
    UNWIND $entityIds AS id MATCH (a:Entity)-[r]->(b:Entity {id: id}) RETURN a, r, b
    UNION
    UNWIND $ends AS e MATCH (a:Entity {id: e.from})-[r]->(b:Entity {id: e.to}) WHERE r.id = e.id RETURN a, r, b
  }
  WITH a, r, b WHERE r.evidenceIds IS NOT NULL AND coalesce(r.status, 'ACCEPTED') = 'ACCEPTED'
  WITH r,
    size(r.evidenceIds) = 0 OR COUNT { MATCH (s:Statement) WHERE s.id IN r.evidenceIds } < size(r.evidenceIds) AS unsupported,
    coalesce(a.status, 'ACCEPTED') <> 'ACCEPTED' OR coalesce(b.status, 'ACCEPTED') <> 'ACCEPTED' AS dangling
  WHERE unsupported OR dangling
  RETURN r.id AS id, CASE WHEN unsupported THEN 'unsupported-relationship' ELSE 'dangling-relationship' END AS problem
}
RETURN id, problem ORDER BY id`;

type Problem = 'unevidenced-entity' | 'unsupported-relationship' | 'dangling-relationship';

export async function checkInvariants(w: WriteTx): Promise<void> {
  const entityIds = [...w.touched.entities];
  const relationshipIds = [...w.touched.relationships];
  if (entityIds.length === 0 && relationshipIds.length === 0) return;
  const ends = relationshipIds.flatMap((id) => {
    const parts = parseRelationshipId(id);
    return parts ? [{ id, from: parts.from, to: parts.to }] : [];
  });
  const rows = await w.run<{ id: string; problem: Problem }>(FIND_INVARIANT_VIOLATIONS, { entityIds, ends });
  const withProblem = (problem: Problem) => rows.filter((row) => row.problem === problem);
  const bare = withProblem('unevidenced-entity');
  if (bare.length > 0) {
    throw invariantViolation(
      `An accepted entity needs at least one exact-quote statement: ${ids(bare)} would have none. Add evidence first.`,
      { ids: bare.map((row) => row.id) },
    );
  }
  const unsupported = withProblem('unsupported-relationship');
  if (unsupported.length > 0) {
    throw invariantViolation(
      `An accepted relationship needs existing evidence statements: ${ids(unsupported)} has none or names a missing one.`,
      { ids: unsupported.map((row) => row.id) },
    );
  }
  const dangling = withProblem('dangling-relationship');
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
