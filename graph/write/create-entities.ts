import { ENTITY_LABELS, type EntityLabel } from '../model/labels.js';
import { type EntityFields, entityProps } from './entity-fields.js';
import { recordRevisions } from './record-revision.js';
import { replaceTimelinePlacement } from './replace-timeline-placement.js';
import type { WriteTx } from './write-context.js';

// createEntityIn for many PROPOSED entities at once: one statement per label instead of several
// per entity, so ingesting a source costs a handful of round trips, not hundreds. The same props,
// evidence links and revisions as one createEntityIn per entity.

export interface NewEntity extends EntityFields {
  label: EntityLabel;
  /** The preferred id; a taken one gets the first free `-2`, `-3` … suffix. */
  id: string;
  name: string;
  evidenceIds: readonly string[];
}

// Per label, so label text comes from the closed union only; dates become Neo4j dates.
export const CREATE_ENTITIES = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `
UNWIND $rows AS row
CREATE (n:${label}:Entity)
SET n = row.props, n.version = 1, n.createdAt = datetime(), n.createdBy = $author,
  n.updatedAt = datetime(), n.updatedBy = $author${label === 'Event' ? ', n.earliest = date(row.props.earliest), n.latest = date(row.props.latest)' : ''}
WITH n, row
UNWIND row.evidenceIds AS sid
MATCH (s:Statement {id: sid})
MERGE (n)-[:EVIDENCED_BY]->(s)
WITH DISTINCT n, row
RETURN n.id AS id, properties(n) AS props, row.evidenceIds AS evidenceIds`,
  ]),
) as Record<EntityLabel, string>;

/** Of these ids, the ones an entity (or a merged entity's redirect) already uses. */
export const FIND_TAKEN_IDS = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (m:MergedEntity {id: id})
WITH id WHERE n IS NOT NULL OR m IS NOT NULL
RETURN id`;

const SUFFIXES_TRIED_AT_ONCE = 8;

/** Creates the entities as PROPOSED; returns the id each one got, in input order. */
export async function createProposedEntitiesIn(
  w: WriteTx,
  entities: readonly NewEntity[],
): Promise<string[]> {
  const ids = await freeIds(
    w,
    entities.map((e) => e.id),
  );
  const byLabel = new Map<
    EntityLabel,
    { props: Record<string, unknown>; evidenceIds: readonly string[] }[]
  >();
  entities.forEach((entity, index) => {
    const props = {
      aliases: [],
      aliasText: '',
      ...entityProps(entity.label, entity),
      id: ids[index],
      status: 'PROPOSED',
    };
    const rows = byLabel.get(entity.label) ?? [];
    rows.push({ props, evidenceIds: entity.evidenceIds });
    byLabel.set(entity.label, rows);
  });
  for (const [label, rows] of byLabel) {
    const created = await w.run<{ id: string; props: Record<string, unknown>; evidenceIds: string[] }>(
      CREATE_ENTITIES[label],
      { rows, author: w.meta.author.name },
    );
    await recordRevisions(
      w,
      created.map((row) => ({
        action: 'CREATE_ENTITY' as const,
        targetId: row.id,
        targetKind: 'entity' as const,
        before: null,
        after: { ...row.props, label, evidenceIds: row.evidenceIds },
      })),
    );
    for (const row of created) w.touched.entities.add(row.id);
    if (label === 'Event')
      replaceTimelinePlacement(
        w,
        created.map((row) => row.id),
      );
  }
  return ids;
}

/** Each wanted id itself when free, else its first free `-n`; also unique within the batch. */
async function freeIds(w: WriteTx, wanted: readonly string[]): Promise<string[]> {
  const candidates = (id: string, round: number) =>
    Array.from({ length: SUFFIXES_TRIED_AT_ONCE }, (_, i) => {
      const n = round * SUFFIXES_TRIED_AT_ONCE + i + 1;
      return n === 1 ? id : `${id}-${n}`;
    });
  const chosen: string[] = [];
  const used = new Set<string>();
  let pending = wanted.map((id, index) => ({ id, index }));
  for (let round = 0; pending.length > 0; round++) {
    const tried = [...new Set(pending.flatMap(({ id }) => candidates(id, round)))];
    const taken = new Set((await w.run<{ id: string }>(FIND_TAKEN_IDS, { ids: tried })).map((row) => row.id));
    const next: typeof pending = [];
    for (const item of pending) {
      const free = candidates(item.id, round).find((id) => !taken.has(id) && !used.has(id));
      if (free) {
        chosen[item.index] = free;
        used.add(free);
      } else next.push(item);
    }
    pending = next;
  }
  return chosen;
}
