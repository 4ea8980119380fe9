import type { GraphClient } from '../client.js';
import { type EntityFields, entityProps } from './entity-fields.js';
import { lockEntities } from './lock-items.js';
import { readEntities } from './read-items.js';
import { recordRevision } from './record-revision.js';
import { replaceTimelinePlacement } from './replace-timeline-placement.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { notFound, WriteError } from './write-errors.js';

export interface UpdateEntityInput extends EntityFields {
  id: string;
  /** The version the editor read; another change since then answers CONFLICT. */
  expectedVersion: number;
}

export const UPDATE_ENTITY = `
MATCH (n:Entity {id: $id})
SET n += $props, n.version = coalesce(n.version, 1) + 1, n.updatedAt = datetime(), n.updatedBy = $author
WITH n
SET n.earliest = CASE WHEN $props.earliest IS NULL THEN n.earliest ELSE date($props.earliest) END,
    n.latest = CASE WHEN $props.latest IS NULL THEN n.latest ELSE date($props.latest) END
RETURN properties(n) AS props`;

export function updateEntity(
  client: GraphClient,
  input: UpdateEntityInput,
  meta: ChangeMeta,
): Promise<{ entityId: string } & ChangeResult> {
  return runChange(client, 'updateEntity', meta, (w) => updateEntityIn(w, input));
}

export async function updateEntityIn(w: WriteTx, input: UpdateEntityInput): Promise<{ entityId: string }> {
  await lockEntities(w, [input.id]);
  const current = (await readEntities(w, [input.id])).get(input.id);
  if (!current) throw notFound(input.id, 'entity');
  const version = Number(current.props.version ?? 1);
  if (version !== input.expectedVersion) {
    throw new WriteError(
      'CONFLICT',
      `"${input.id}" is at version ${version}, not ${input.expectedVersion}: someone changed it since you read it. Read it again and reapply your change.`,
      { id: input.id, currentVersion: version, expectedVersion: input.expectedVersion },
    );
  }
  const props = entityProps(current.label, input);
  const [row] = await w.run<{ props: Record<string, unknown> }>(UPDATE_ENTITY, {
    id: input.id,
    props,
    author: w.meta.author.name,
  });
  const before = Object.fromEntries(Object.keys(props).map((key) => [key, current.props[key] ?? null]));
  const after = Object.fromEntries(Object.keys(props).map((key) => [key, row?.props[key] ?? null]));
  recordRevision(w, {
    action: 'UPDATE_ENTITY',
    targetId: input.id,
    targetKind: 'entity',
    before: { ...before, version },
    after: { ...after, version: version + 1 },
  });
  w.touched.entities.add(input.id);
  if (current.label === 'Event' && ('earliest' in props || 'latest' in props || 'precision' in props)) {
    replaceTimelinePlacement(w, [input.id]);
  }
  return { entityId: input.id };
}
