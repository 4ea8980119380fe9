import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import { recordRevisions } from './record-revision.js';
import { ORDERING_TYPES, replaceTimelinePlacement } from './replace-timeline-placement.js';
import type { WriteTx } from './write-context.js';

// createRelationshipIn for many PROPOSED relationships whose ends the caller has already checked
// (ingestion): one statement per type, the same props and revisions. Two entities already joined
// by the type are skipped, not an error: a second source proposing it adds nothing here.

export interface NewRelationship {
  from: string;
  type: RelationshipType;
  to: string;
  evidenceIds: readonly string[];
}

// One constant query per type of the closed union.
export const CREATE_RELATIONSHIPS = Object.fromEntries(
  Object.keys(RELATIONSHIP_TYPES).map((type) => [
    type,
    `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
WHERE NOT EXISTS { (a)-[:${type}]->(b) }
CREATE (a)-[r:${type}]->(b)
SET r = row.props, r.version = 1, r.createdAt = datetime(), r.createdBy = $author,
  r.updatedAt = datetime(), r.updatedBy = $author
RETURN r.id AS id, row.from AS from, row.to AS to, properties(r) AS props`,
  ]),
) as Record<RelationshipType, string>;

/** Creates the new ones; returns the ids of those it created. */
export async function createProposedRelationshipsIn(
  w: WriteTx,
  relationships: readonly NewRelationship[],
): Promise<Set<string>> {
  const byType = new Map<RelationshipType, { id: string; from: string; to: string; props: object }[]>();
  for (const r of relationships) {
    const id = `${r.from}|${r.type}|${r.to}`;
    const props = { id, role: null, note: null, evidenceIds: [...r.evidenceIds], status: 'PROPOSED' };
    byType.set(r.type, [...(byType.get(r.type) ?? []), { id, from: r.from, to: r.to, props }]);
  }
  const createdIds = new Set<string>();
  for (const [type, rows] of byType) {
    const created = await w.run<{ id: string; from: string; to: string; props: Record<string, unknown> }>(
      CREATE_RELATIONSHIPS[type],
      { rows, author: w.meta.author.name },
    );
    await recordRevisions(
      w,
      created.map((row) => ({
        action: 'CREATE_RELATIONSHIP' as const,
        targetId: row.id,
        targetKind: 'relationship' as const,
        before: null,
        after: { ...row.props, type, from: row.from, to: row.to },
      })),
    );
    for (const row of created) {
      createdIds.add(row.id);
      w.touched.relationships.add(row.id);
      if (ORDERING_TYPES.includes(type)) replaceTimelinePlacement(w, [row.from, row.to]);
    }
  }
  return createdIds;
}
