import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import { recordRevisions } from './record-revision.js';
import { ORDERING_TYPES, replaceTimelinePlacement } from './replace-timeline-placement.js';
import type { WriteTx } from './write-context.js';

// createRelationshipIn for many PROPOSED relationships whose ends the caller has already checked
// (ingestion): one statement for all, the same props and revisions. Two entities already joined
// by the type are skipped, not an error: a second source proposing it adds nothing here.

export interface NewRelationship {
  from: string;
  type: RelationshipType;
  to: string;
  evidenceIds: readonly string[];
}

// Every type in one statement: a branch per type of the closed union creates the relationship,
// so type text never comes from input.
export const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
WHERE NOT EXISTS { MATCH (a)-[x]->(b) WHERE type(x) = row.type }
CALL (a, b, row) {
${Object.keys(RELATIONSHIP_TYPES)
  .map((type) => `  WITH * WHERE row.type = '${type}' CREATE (a)-[r:${type}]->(b) RETURN r`)
  .join('\n  UNION\n')}
}
SET r = row.props, r.version = 1, r.createdAt = datetime(), r.createdBy = $author,
  r.updatedAt = datetime(), r.updatedBy = $author
RETURN r.id AS id, row.type AS type, row.from AS from, row.to AS to, properties(r) AS props`;

/** Creates the new ones; returns the ids of those it created. */
export async function createProposedRelationshipsIn(
  w: WriteTx,
  relationships: readonly NewRelationship[],
): Promise<Set<string>> {
  const rows = relationships.map((r) => {
    const id = `${r.from}|${r.type}|${r.to}`;
    const props = { id, role: null, note: null, evidenceIds: [...r.evidenceIds], status: 'PROPOSED' };
    return { id, type: r.type, from: r.from, to: r.to, props };
  });
  if (rows.length === 0) return new Set();
  const created = await w.run<{
    id: string;
    type: RelationshipType;
    from: string;
    to: string;
    props: Record<string, unknown>;
  }>(CREATE_RELATIONSHIPS, { rows, author: w.meta.author.name });
  recordRevisions(
    w,
    created.map((row) => ({
      action: 'CREATE_RELATIONSHIP' as const,
      targetId: row.id,
      targetKind: 'relationship' as const,
      before: null,
      after: { ...row.props, type: row.type, from: row.from, to: row.to },
    })),
  );
  for (const row of created) {
    w.touched.relationships.add(row.id);
    if (ORDERING_TYPES.includes(row.type)) replaceTimelinePlacement(w, [row.from, row.to]);
  }
  return new Set(created.map((row) => row.id));
}
