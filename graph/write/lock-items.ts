import type { WriteTx } from './write-context.js';

// Takes the write locks of the items a change will read and then write, BEFORE reading them:
// Neo4j reads committed data without locking, so two editors that both read version 3 and then
// write would both succeed. Once the lock is held, the version read is the latest committed one.
// SET then REMOVE of a scratch property leaves the item as it was but holds its lock to commit.
export const LOCK_ENTITIES = `
MATCH (n:Entity) WHERE n.id IN $ids
SET n.writeLock = true REMOVE n.writeLock
RETURN n.id AS id`;

export const LOCK_RELATIONSHIPS = `
UNWIND $ends AS e
MATCH (:Entity {id: e.from})-[r]->(:Entity {id: e.to}) WHERE r.id = e.id
SET r.writeLock = true REMOVE r.writeLock
RETURN r.id AS id`;

export const LOCK_STATEMENTS = `
MATCH (s:Statement) WHERE s.id IN $ids
SET s.writeLock = true REMOVE s.writeLock
RETURN s.id AS id`;

export async function lockEntities(w: WriteTx, ids: readonly string[]): Promise<Set<string>> {
  const rows = await w.run<{ id: string }>(LOCK_ENTITIES, { ids: [...ids] });
  return new Set(rows.map((row) => row.id));
}

export async function lockRelationships(w: WriteTx, ids: readonly string[]): Promise<Set<string>> {
  const ends = ids.flatMap((id) => {
    const parts = parseRelationshipId(id);
    return parts ? [{ id, from: parts.from, to: parts.to }] : [];
  });
  const rows = await w.run<{ id: string }>(LOCK_RELATIONSHIPS, { ends });
  return new Set(rows.map((row) => row.id));
}

export async function lockStatements(w: WriteTx, ids: readonly string[]): Promise<Set<string>> {
  const rows = await w.run<{ id: string }>(LOCK_STATEMENTS, { ids: [...ids] });
  return new Set(rows.map((row) => row.id));
}

const RELATIONSHIP_ID = /^([a-z]+:[^|]+)\|([A-Z_]+)\|([a-z]+:[^|]+)$/;

/** `<from>|<TYPE>|<to>` split into its parts, or null when the id is not a relationship id. */
export function parseRelationshipId(id: string): { from: string; type: string; to: string } | null {
  const match = RELATIONSHIP_ID.exec(id);
  return match ? { from: match[1] as string, type: match[2] as string, to: match[3] as string } : null;
}
