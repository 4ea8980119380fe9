import { ENTITY_LABELS, type EntityLabel } from '../model/labels.js';
import { type EntityFields, entityProps } from './entity-fields.js';
import { recordRevisions } from './record-revision.js';
import { replaceTimelinePlacement } from './replace-timeline-placement.js';
import type { WriteTx } from './write-context.js';

// createEntityIn for many PROPOSED entities at once: one statement for all of them instead of
// several per entity, so ingesting a source costs a handful of round trips, not hundreds. The same props,
// evidence links and revisions as one createEntityIn per entity.

export interface NewEntity extends EntityFields {
  label: EntityLabel;
  /** The preferred id; a taken one gets the first free `-2`, `-3` … suffix. */
  id: string;
  name: string;
  evidenceIds: readonly string[];
}

// Every label in one statement: a branch per label of the closed union creates the node, so
// label text never comes from input; dates become Neo4j dates (null stays null).
export const CREATE_ENTITIES = `
UNWIND $rows AS row
CALL (row) {
${ENTITY_LABELS.map((label) => `  WITH * WHERE row.label = '${label}' CREATE (n:${label}:Entity) RETURN n`).join('\n  UNION\n')}
}
SET n = row.props, n.version = 1, n.createdAt = datetime(), n.createdBy = $author,
  n.updatedAt = datetime(), n.updatedBy = $author,
  n.earliest = date(row.props.earliest), n.latest = date(row.props.latest)
WITH n, row
UNWIND row.evidenceIds AS sid
MATCH (s:Statement {id: sid})
MERGE (n)-[:EVIDENCED_BY]->(s)
WITH DISTINCT n, row
RETURN n.id AS id, row.label AS label, properties(n) AS props, row.evidenceIds AS evidenceIds`;

/** Ids taken by an entity (or a merged entity's redirect) that start with one of these ids. */
export const FIND_TAKEN_IDS = `
UNWIND $ids AS wanted
CALL (wanted) {
  MATCH (n:Entity) WHERE n.id STARTS WITH wanted RETURN n.id AS id
  UNION
  MATCH (m:MergedEntity) WHERE m.id STARTS WITH wanted RETURN m.id AS id
}
RETURN DISTINCT id`;

/** Creates the entities as PROPOSED; returns the id each one got, in input order. */
export async function createProposedEntitiesIn(
  w: WriteTx,
  entities: readonly NewEntity[],
): Promise<string[]> {
  if (entities.length === 0) return [];
  const ids = await freeIds(
    w,
    entities.map((e) => e.id),
  );
  const rows = entities.map((entity, index) => ({
    label: entity.label,
    props: {
      aliases: [],
      aliasText: '',
      ...entityProps(entity.label, entity),
      id: ids[index],
      status: 'PROPOSED',
    },
    evidenceIds: entity.evidenceIds,
  }));
  const created = await w.run<{
    id: string;
    label: EntityLabel;
    props: Record<string, unknown>;
    evidenceIds: string[];
  }>(CREATE_ENTITIES, { rows, author: w.meta.author.name });
  recordRevisions(
    w,
    created.map((row) => ({
      action: 'CREATE_ENTITY' as const,
      targetId: row.id,
      targetKind: 'entity' as const,
      before: null,
      after: { ...row.props, label: row.label, evidenceIds: row.evidenceIds },
    })),
  );
  for (const row of created) w.touched.entities.add(row.id);
  replaceTimelinePlacement(
    w,
    created.filter((row) => row.label === 'Event').map((row) => row.id),
  );
  return ids;
}

/**
 * Each wanted id itself when free, else its first free `-n`; also unique within the batch. One
 * prefix read finds every taken id a wanted one could clash with, however many suffixes are used.
 */
async function freeIds(w: WriteTx, wanted: readonly string[]): Promise<string[]> {
  const taken = new Set(
    (await w.run<{ id: string }>(FIND_TAKEN_IDS, { ids: [...new Set(wanted)] })).map((row) => row.id),
  );
  return wanted.map((id) => {
    let free = id;
    for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
    taken.add(free);
    return free;
  });
}
