import type { GraphClient } from '../client.js';
import { ENTITY_LABELS, type EntityLabel } from '../model/labels.js';
import type { ReviewStatus } from '../model/review-status.js';
import { type EvidenceSpan, ensureStatements } from './ensure-statements.js';
import { type EntityFields, entityIdFor, entityProps } from './entity-fields.js';
import { recordRevision } from './record-revision.js';
import { replaceTimelinePlacement } from './replace-timeline-placement.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { badInput, WriteError } from './write-errors.js';

export interface CreateEntityInput extends EntityFields {
  label: EntityLabel;
  name: string;
  kind: string;
  /** Defaults to `<label>:<slug of name>`. */
  id?: string | null;
  evidence: readonly EvidenceSpan[];
  /** PROPOSED unless the editor accepts it at once. */
  status?: ReviewStatus | null;
}

// Per label, so label text comes from the closed union only; dates become Neo4j dates.
export const CREATE_ENTITY = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `
CREATE (n:${label}:Entity)
SET n = $props, n.version = 1, n.createdAt = datetime(), n.createdBy = $author,
  n.updatedAt = datetime(), n.updatedBy = $author${label === 'Event' ? ', n.earliest = date($props.earliest), n.latest = date($props.latest)' : ''}
WITH n
UNWIND $evidenceIds AS sid
MATCH (s:Statement {id: sid})
MERGE (n)-[:EVIDENCED_BY]->(s)
WITH DISTINCT n
RETURN properties(n) AS props`,
  ]),
) as Record<EntityLabel, string>;

export const ENTITY_EXISTS =
  'OPTIONAL MATCH (n:Entity {id: $id}) OPTIONAL MATCH (m:MergedEntity {id: $id}) RETURN n IS NOT NULL OR m IS NOT NULL AS taken';

export function createEntity(
  client: GraphClient,
  input: CreateEntityInput,
  meta: ChangeMeta,
): Promise<{ entityId: string } & ChangeResult> {
  return runChange(client, 'createEntity', meta, (w) => createEntityIn(w, input));
}

/** The same inside an open change (ingestion writes many proposals in one transaction). */
export async function createEntityIn(w: WriteTx, input: CreateEntityInput): Promise<{ entityId: string }> {
  const id = input.id ?? entityIdFor(input.label, input.name);
  if (!id.startsWith(`${input.label.toLowerCase()}:`)) {
    throw badInput(`A ${input.label} id starts with "${input.label.toLowerCase()}:", got "${id}".`, 'id');
  }
  const [row] = await w.run<{ taken: boolean }>(ENTITY_EXISTS, { id });
  if (row?.taken) {
    throw new WriteError(
      'CONFLICT',
      `"${id}" already exists. Update it (updateEntity), merge into it (mergeEntities), or give another id.`,
      { id },
    );
  }
  const status = input.status ?? 'PROPOSED';
  const evidenceIds = await ensureStatements(
    w,
    input.evidence,
    status === 'ACCEPTED' ? 'ACCEPTED' : 'PROPOSED',
  );
  const props = { id, ...entityProps(input.label, input as EntityFields), status };
  if (!('aliases' in props)) Object.assign(props, { aliases: [], aliasText: '' });
  const [created] = await w.run<{ props: Record<string, unknown> }>(CREATE_ENTITY[input.label], {
    props,
    author: w.meta.author.name,
    evidenceIds,
  });
  recordRevision(w, {
    action: 'CREATE_ENTITY',
    targetId: id,
    targetKind: 'entity',
    before: null,
    after: { ...created?.props, label: input.label, evidenceIds },
  });
  w.touched.entities.add(id);
  if (input.label === 'Event') replaceTimelinePlacement(w, [id]);
  return { entityId: id };
}
