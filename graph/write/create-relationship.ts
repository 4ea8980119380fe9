import type { GraphClient } from '../client.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import type { ReviewStatus } from '../model/review-status.js';
import { assertEndpointsFit } from './check-invariants.js';
import { type EvidenceSpan, ensureStatements } from './ensure-statements.js';
import { readEntities } from './read-items.js';
import { recordRevision } from './record-revision.js';
import { ORDERING_TYPES, replaceTimelinePlacement } from './replace-timeline-placement.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { notFound, WriteError } from './write-errors.js';

export interface CreateRelationshipInput {
  from: string;
  type: RelationshipType;
  to: string;
  role?: string | null;
  note?: string | null;
  evidence: readonly EvidenceSpan[];
  status?: ReviewStatus | null;
}

// One constant query per type of the closed union; MERGE on the id reports an existing one.
export const CREATE_RELATIONSHIP = Object.fromEntries(
  Object.keys(RELATIONSHIP_TYPES).map((type) => [
    type,
    `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:${type} {id: $id}]->(b)
ON CREATE SET r += $props, r.version = 1, r.createdAt = datetime(), r.createdBy = $author,
  r.updatedAt = datetime(), r.updatedBy = $author, r.isNew = true
WITH r, r.isNew IS NOT NULL AS created
REMOVE r.isNew
RETURN created, properties(r) AS props`,
  ]),
) as Record<RelationshipType, string>;

export function createRelationship(
  client: GraphClient,
  input: CreateRelationshipInput,
  meta: ChangeMeta,
): Promise<{ relationshipId: string } & ChangeResult> {
  return runChange(client, 'createRelationship', meta, (w) => createRelationshipIn(w, input));
}

export async function createRelationshipIn(
  w: WriteTx,
  input: CreateRelationshipInput,
): Promise<{ relationshipId: string }> {
  const ends = await readEntities(w, [input.from, input.to]);
  const from = ends.get(input.from);
  const to = ends.get(input.to);
  if (!from) throw notFound(input.from, 'entity');
  if (!to) throw notFound(input.to, 'entity');
  assertEndpointsFit(input.type, from.label, to.label);
  const status = input.status ?? 'PROPOSED';
  const evidenceIds = await ensureStatements(
    w,
    input.evidence,
    status === 'ACCEPTED' ? 'ACCEPTED' : 'PROPOSED',
  );
  const id = `${input.from}|${input.type}|${input.to}`;
  const props = { id, role: input.role ?? null, note: input.note ?? null, evidenceIds, status };
  const [row] = await w.run<{ created: boolean; props: Record<string, unknown> }>(
    CREATE_RELATIONSHIP[input.type],
    {
      from: input.from,
      to: input.to,
      id,
      props,
      author: w.meta.author.name,
    },
  );
  if (!row?.created) {
    throw new WriteError(
      'CONFLICT',
      `The relationship "${id}" already exists (status ${String(row?.props.status ?? 'ACCEPTED')}). Accept or reject it instead.`,
      { id },
    );
  }
  recordRevision(w, {
    action: 'CREATE_RELATIONSHIP',
    targetId: id,
    targetKind: 'relationship',
    before: null,
    after: { ...row.props, type: input.type, from: input.from, to: input.to },
  });
  w.touched.relationships.add(id);
  if (ORDERING_TYPES.includes(input.type)) replaceTimelinePlacement(w, [input.from, input.to]);
  return { relationshipId: id };
}
