import type { GraphClient } from '../client.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import { lockEntities } from './lock-items.js';
import { readEntities } from './read-items.js';
import { recordRevision } from './record-revision.js';
import { replaceTimelinePlacement } from './replace-timeline-placement.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { badInput, invariantViolation, notFound } from './write-errors.js';

// Merges duplicates into the kept entity: their relationships, evidence, citations and names
// (as aliases) move onto it, they are deleted, and a MergedEntity redirect per merged id lets
// `entity(id)` answer the kept one. Relationships that the move makes identical are joined
// (evidence united); one that would join the kept entity to itself is dropped.
export const READ_TOUCHING_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (a.id IN $ids OR b.id IN $ids) AND r.evidenceIds IS NOT NULL
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

export const MOVE_RELATIONSHIP = Object.fromEntries(
  Object.keys(RELATIONSHIP_TYPES).map((type) => [
    type,
    `
MATCH (a:Entity {id: $from})-[old:${type}]->(b:Entity {id: $to}) WHERE old.id = $oldId
DELETE old
WITH 1 AS done
MATCH (k:Entity {id: $newFrom}), (m:Entity {id: $newTo})
MERGE (k)-[n:${type} {id: $newId}]->(m)
ON CREATE SET n += $props, n.id = $newId, n.version = coalesce($props.version, 1) + 1
ON MATCH SET n.evidenceIds = reduce(acc = [], x IN n.evidenceIds + $props.evidenceIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
  n.version = n.version + 1
SET n.updatedAt = datetime(), n.updatedBy = $author
RETURN properties(n) AS props`,
  ]),
) as Record<RelationshipType, string>;

export const DELETE_RELATIONSHIP = `
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE r.id = $id DELETE r`;

export const MOVE_EVIDENCE_AND_DELETE = `
MATCH (k:Entity {id: $keepId})
UNWIND $ids AS mergedId
MATCH (m:Entity {id: mergedId})
CALL (k, m) { MATCH (m)-[e:EVIDENCED_BY]->(s:Statement) MERGE (k)-[:EVIDENCED_BY]->(s) DELETE e }
CALL (k, m) { MATCH (m)-[c:CITED_IN]->(src:Source) MERGE (k)-[:CITED_IN]->(src) DELETE c }
DETACH DELETE m
WITH DISTINCT k
OPTIONAL MATCH (old:MergedEntity) WHERE old.into IN $ids
SET old.into = $keepId
WITH DISTINCT k
UNWIND $ids AS mergedId
CREATE (:MergedEntity {id: mergedId, into: $keepId, at: datetime(), by: $author})
WITH DISTINCT k
SET k.aliases = $aliases, k.aliasText = $aliasText, k.version = coalesce(k.version, 1) + 1,
  k.updatedAt = datetime(), k.updatedBy = $author
RETURN properties(k) AS props`;

export function mergeEntities(
  client: GraphClient,
  input: { keepId: string; mergeIds: readonly string[] },
  meta: ChangeMeta,
): Promise<{ entityId: string } & ChangeResult> {
  return runChange(client, 'mergeEntities', meta, (w) => mergeEntitiesIn(w, input.keepId, input.mergeIds));
}

export async function mergeEntitiesIn(
  w: WriteTx,
  keepId: string,
  mergeIds: readonly string[],
): Promise<{ entityId: string }> {
  const ids = [...new Set(mergeIds)];
  if (ids.length === 0 || ids.includes(keepId)) {
    throw badInput('mergeIds must name at least one entity other than keepId.', 'mergeIds');
  }
  await lockEntities(w, [keepId, ...ids]);
  const entities = await readEntities(w, [keepId, ...ids]);
  const keep = entities.get(keepId);
  if (!keep) throw notFound(keepId, 'entity');
  for (const id of ids) {
    const merged = entities.get(id);
    if (!merged) throw notFound(id, 'entity');
    if (merged.label !== keep.label) {
      throw invariantViolation(
        `Only entities of one kind merge: "${id}" is a ${merged.label}, "${keepId}" a ${keep.label}.`,
        { id },
      );
    }
  }

  const touching = await w.run<{
    id: string;
    type: RelationshipType;
    from: string;
    to: string;
    props: Record<string, unknown>;
  }>(READ_TOUCHING_RELATIONSHIPS, { ids });
  const moved = (id: string) => (ids.includes(id) ? keepId : id);
  for (const rel of touching) {
    const newFrom = moved(rel.from);
    const newTo = moved(rel.to);
    const newId = `${newFrom}|${rel.type}|${newTo}`;
    const base = { action: 'MOVE_RELATIONSHIP' as const, targetKind: 'relationship' as const };
    if (newFrom === newTo) {
      await w.run(DELETE_RELATIONSHIP, { from: rel.from, to: rel.to, id: rel.id });
      recordRevision(w, { ...base, targetId: rel.id, before: rel.props, after: null });
      continue;
    }
    const [row] = await w.run<{ props: Record<string, unknown> }>(MOVE_RELATIONSHIP[rel.type], {
      from: rel.from,
      to: rel.to,
      oldId: rel.id,
      newFrom,
      newTo,
      newId,
      props: rel.props,
      author: w.meta.author.name,
    });
    recordRevision(w, { ...base, targetId: rel.id, before: rel.props, after: { movedTo: newId } });
    recordRevision(w, {
      ...base,
      targetId: newId,
      before: { movedFrom: rel.id },
      after: row?.props ?? null,
    });
    w.touched.relationships.add(newId);
  }

  const names = new Set(keep.props.aliases as string[] | undefined);
  for (const id of ids) {
    const merged = entities.get(id);
    for (const name of [merged?.props.name, ...((merged?.props.aliases as string[] | undefined) ?? [])]) {
      if (typeof name === 'string' && name !== keep.props.name) names.add(name);
    }
  }
  const aliases = [...names];
  const [kept] = await w.run<{ props: Record<string, unknown> }>(MOVE_EVIDENCE_AND_DELETE, {
    keepId,
    ids,
    aliases,
    aliasText: aliases.join('|'),
    author: w.meta.author.name,
  });
  for (const id of ids) {
    const merged = entities.get(id);
    recordRevision(w, {
      action: 'MERGED_INTO',
      targetId: id,
      targetKind: 'entity',
      before: { ...merged?.props, label: merged?.label, evidenceIds: merged?.evidenceIds },
      after: { into: keepId },
    });
  }
  const version = Number(keep.props.version ?? 1);
  recordRevision(w, {
    action: 'MERGE_ENTITIES',
    targetId: keepId,
    targetKind: 'entity',
    before: { aliases: keep.props.aliases ?? [], version },
    after: { aliases, version: Number(kept?.props.version ?? version + 1), merged: ids },
  });
  w.touched.entities.add(keepId);
  // Merged events hand their PRECEDES / PART_OF edges to the kept one: the order may move.
  if (keepId.startsWith('event:')) replaceTimelinePlacement(w, [keepId]);
  return { entityId: keepId };
}
