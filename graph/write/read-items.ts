import { ENTITY_LABELS, type EntityLabel } from '../model/labels.js';
import { parseRelationshipId } from './lock-items.js';
import type { WriteTx } from './write-context.js';

// What the write path reads inside its transaction: an item's stored properties, which are
// also the `before`/`after` values of its revisions.
export type Props = Record<string, unknown>;

export interface EntitySnapshot {
  id: string;
  label: EntityLabel;
  props: Props;
  evidenceIds: string[];
}

export interface RelationshipSnapshot {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
}

export const READ_ENTITIES = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, properties(n) AS props,
       [(n)-[:EVIDENCED_BY]->(s:Statement) | s.id] AS evidenceIds`;

export const READ_RELATIONSHIPS = `
UNWIND $ends AS e
MATCH (a:Entity {id: e.from})-[r]->(b:Entity {id: e.to}) WHERE r.id = e.id
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

export const READ_STATEMENTS = `
MATCH (s:Statement) WHERE s.id IN $ids
RETURN s.id AS id, properties(s) AS props`;

export async function readEntities(w: WriteTx, ids: readonly string[]): Promise<Map<string, EntitySnapshot>> {
  const rows = await w.run<EntitySnapshot & Props>(READ_ENTITIES, {
    ids: [...ids],
    labels: [...ENTITY_LABELS],
  });
  return new Map(rows.map((row) => [row.id, { ...row, evidenceIds: [...row.evidenceIds].sort() }]));
}

export async function readRelationships(
  w: WriteTx,
  ids: readonly string[],
): Promise<Map<string, RelationshipSnapshot>> {
  const ends = ids.flatMap((id) => {
    const parts = parseRelationshipId(id);
    return parts ? [{ id, from: parts.from, to: parts.to }] : [];
  });
  const rows = await w.run<RelationshipSnapshot & Props>(READ_RELATIONSHIPS, { ends });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function readStatements(w: WriteTx, ids: readonly string[]): Promise<Map<string, Props>> {
  const rows = await w.run<{ id: string; props: Props }>(READ_STATEMENTS, { ids: [...ids] });
  return new Map(rows.map((row) => [row.id, row.props]));
}

/** The review fields of a stored item, as revisions record them for a status change. */
export function reviewFields(props: Props): Props {
  return { status: props.status ?? 'ACCEPTED', version: props.version ?? 1 };
}
