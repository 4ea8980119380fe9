import type { GraphClient } from '../client.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import { assertEndpointsFit } from './check-invariants.js';
import { lockEntities, lockRelationships, parseRelationshipId } from './lock-items.js';
import { readEntities, readRelationships } from './read-items.js';
import { recordRevision } from './record-revision.js';
import { ORDERING_TYPES, replaceTimelinePlacement } from './replace-timeline-placement.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { badInput, notFound, WriteError } from './write-errors.js';

// A reviewer's correction of a relationship: other endpoints (a claim's holder, who took part)
// and its role or note. A relationship's id is `<from>|<TYPE>|<to>`, so new endpoints re-key it:
// the stored one is replaced by one with the same type, evidence, status and provenance, and
// both ids' histories say so. Checked against `expectedVersion` like updateEntity.
export interface UpdateRelationshipInput {
  id: string;
  /** The `review.version` the editor read; another change since answers CONFLICT. */
  expectedVersion: number;
  from?: string | null;
  to?: string | null;
  role?: string | null;
  note?: string | null;
}

export const UPDATE_RELATIONSHIP_FIELDS = `
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE r.id = $id
SET r += $changes, r.version = coalesce(r.version, 1) + 1, r.updatedAt = datetime(), r.updatedBy = $author
RETURN properties(r) AS props`;

// One constant query per type of the closed union: the new relationship takes every stored
// property of the old one (status, evidence, createdBy…), then the changes and a new version.
export const REKEY_RELATIONSHIP = Object.fromEntries(
  Object.keys(RELATIONSHIP_TYPES).map((type) => [
    type,
    `
MATCH (:Entity {id: $from})-[old:${type}]->(:Entity {id: $to}) WHERE old.id = $id
MATCH (a:Entity {id: $newFrom}), (b:Entity {id: $newTo})
CREATE (a)-[r:${type}]->(b)
SET r = properties(old)
SET r += $changes, r.id = $newId, r.version = coalesce(old.version, 1) + 1,
  r.updatedAt = datetime(), r.updatedBy = $author
DELETE old
RETURN properties(r) AS props`,
  ]),
) as Record<RelationshipType, string>;

export function updateRelationship(
  client: GraphClient,
  input: UpdateRelationshipInput,
  meta: ChangeMeta,
): Promise<{ relationshipId: string } & ChangeResult> {
  return runChange(client, 'updateRelationship', meta, (w) => updateRelationshipIn(w, input));
}

export async function updateRelationshipIn(
  w: WriteTx,
  input: UpdateRelationshipInput,
  revertsId: string | null = null,
): Promise<{ relationshipId: string }> {
  const parts = parseRelationshipId(input.id);
  if (!parts) throw badInput(`"${input.id}" is not a relationship id (<from>|<TYPE>|<to>).`, 'id');
  const type = parts.type as RelationshipType;
  const newFrom = input.from ?? parts.from;
  const newTo = input.to ?? parts.to;
  if (newFrom === newTo) throw badInput('A relationship joins two different entities.', 'to');
  const newId = `${newFrom}|${type}|${newTo}`;

  await lockEntities(w, [newFrom, newTo]);
  await lockRelationships(w, newId === input.id ? [input.id] : [input.id, newId]);
  const rels = await readRelationships(w, newId === input.id ? [input.id] : [input.id, newId]);
  const current = rels.get(input.id);
  if (!current) throw notFound(input.id, 'relationship');
  const version = Number(current.props.version ?? 1);
  if (version !== input.expectedVersion) {
    throw new WriteError(
      'CONFLICT',
      `"${input.id}" is at version ${version}, not ${input.expectedVersion}: someone changed it since you read it. Read it again and reapply your change.`,
      { id: input.id, currentVersion: version, expectedVersion: input.expectedVersion },
    );
  }
  if (newId !== input.id && rels.has(newId)) {
    throw new WriteError(
      'CONFLICT',
      `"${newId}" already exists: these endpoints are already joined. Reject "${input.id}" instead.`,
      { id: newId },
    );
  }
  const ends = await readEntities(w, [newFrom, newTo]);
  const from = ends.get(newFrom);
  const to = ends.get(newTo);
  if (!from) throw notFound(newFrom, 'entity');
  if (!to) throw notFound(newTo, 'entity');
  assertEndpointsFit(type, from.label, to.label);

  const changes: Record<string, unknown> = {};
  if (input.role !== undefined) changes.role = input.role;
  if (input.note !== undefined) changes.note = input.note;
  const params = { from: parts.from, to: parts.to, id: input.id, changes, author: w.meta.author.name };
  const [row] =
    newId === input.id
      ? await w.run<{ props: Record<string, unknown> }>(UPDATE_RELATIONSHIP_FIELDS, params)
      : await w.run<{ props: Record<string, unknown> }>(REKEY_RELATIONSHIP[type], {
          ...params,
          newFrom,
          newTo,
          newId,
        });
  const fields = (props: Record<string, unknown>, id: string, v: number) => ({
    from: parseRelationshipId(id)?.from,
    to: parseRelationshipId(id)?.to,
    role: props.role ?? null,
    note: props.note ?? null,
    version: v,
  });
  if (newId !== input.id) {
    await recordRevision(w, {
      action: 'MOVE_RELATIONSHIP',
      targetId: input.id,
      targetKind: 'relationship',
      before: current.props,
      after: { movedTo: newId },
      revertsId,
    });
  }
  await recordRevision(w, {
    action: 'UPDATE_RELATIONSHIP',
    targetId: newId,
    targetKind: 'relationship',
    before: fields(current.props, input.id, version),
    after: fields(row?.props ?? {}, newId, version + 1),
    revertsId,
  });
  w.touched.relationships.add(newId);
  if (ORDERING_TYPES.includes(type)) {
    replaceTimelinePlacement(w, [...new Set([parts.from, parts.to, newFrom, newTo])]);
  }
  return { relationshipId: newId };
}
