import type { GraphClient } from '../client.js';
import type { ReviewStatus } from '../model/review-status.js';
import { lockEntities, lockRelationships, lockStatements, parseRelationshipId } from './lock-items.js';
import { type Props, readEntities, readRelationships, readStatements, reviewFields } from './read-items.js';
import { recordRevision, type TargetKind } from './record-revision.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { notFound } from './write-errors.js';

// acceptProposals / rejectProposals: many entities, relationships or statements at once, one
// revision each. Accepting an item also accepts its proposed evidence (an accepted item stands
// on accepted quotes); the invariants then refuse what would leave an accepted fact dangling.
const SET_STATUS = `SET x.status = $status, x.version = coalesce(x.version, 1) + 1,
  x.updatedAt = datetime(), x.updatedBy = $author
RETURN x.id AS id`;

export const SET_ENTITY_STATUS = `MATCH (x:Entity) WHERE x.id IN $ids ${SET_STATUS}`;
export const SET_STATEMENT_STATUS = `MATCH (x:Statement) WHERE x.id IN $ids ${SET_STATUS}`;
export const SET_RELATIONSHIP_STATUS = `
UNWIND $ends AS e
MATCH (:Entity {id: e.from})-[x]->(:Entity {id: e.to}) WHERE x.id = e.id ${SET_STATUS}`;

export function setReviewStatus(
  client: GraphClient,
  ids: readonly string[],
  status: ReviewStatus,
  meta: ChangeMeta,
): Promise<{ ids: string[] } & ChangeResult> {
  const change =
    status === 'ACCEPTED' ? 'acceptProposals' : status === 'REJECTED' ? 'rejectProposals' : 'setReviewStatus';
  return runChange(client, change, meta, (w) => setReviewStatusIn(w, ids, status));
}

export async function setReviewStatusIn(
  w: WriteTx,
  ids: readonly string[],
  status: ReviewStatus,
): Promise<{ ids: string[] }> {
  const unique = [...new Set(ids)];
  const relationshipIds = unique.filter((id) => parseRelationshipId(id));
  const statementIds = unique.filter((id) => id.startsWith('statement:'));
  const entityIds = unique.filter((id) => !relationshipIds.includes(id) && !statementIds.includes(id));
  await lockEntities(w, entityIds);
  await lockRelationships(w, relationshipIds);
  const entities = await readEntities(w, entityIds);
  const relationships = await readRelationships(w, relationshipIds);
  for (const id of entityIds) if (!entities.has(id)) throw notFound(id, 'entity');
  for (const id of relationshipIds) if (!relationships.has(id)) throw notFound(id, 'relationship');

  const evidence = new Set(statementIds);
  if (status === 'ACCEPTED') {
    for (const entity of entities.values()) for (const sid of entity.evidenceIds) evidence.add(sid);
    for (const rel of relationships.values())
      for (const sid of (rel.props.evidenceIds as string[]) ?? []) evidence.add(sid);
  }
  await lockStatements(w, [...evidence]);
  const statements = await readStatements(w, [...evidence]);
  for (const id of statementIds) if (!statements.has(id)) throw notFound(id, 'statement');
  // Evidence pulled in by an accepted item changes only when it was a proposal.
  const statementTargets = [...statements].filter(
    ([id, props]) => statementIds.includes(id) || props.status === 'PROPOSED',
  );

  await apply(w, 'statement', statementTargets, status, SET_STATEMENT_STATUS, (t) => ({ ids: t }));
  await apply(
    w,
    'entity',
    [...entities].map(([id, e]) => [id, e.props]),
    status,
    SET_ENTITY_STATUS,
    (t) => ({ ids: t }),
  );
  await apply(
    w,
    'relationship',
    [...relationships].map(([id, r]) => [id, r.props]),
    status,
    SET_RELATIONSHIP_STATUS,
    (t) => ({
      ends: t.map((id) => ({ id, ...parseRelationshipId(id) })),
    }),
  );
  for (const id of entityIds) w.touched.entities.add(id);
  for (const id of relationshipIds) w.touched.relationships.add(id);
  return { ids: unique };
}

async function apply(
  w: WriteTx,
  kind: TargetKind,
  items: [string, Props][],
  status: ReviewStatus,
  cypher: string,
  params: (ids: string[]) => Record<string, unknown>,
): Promise<void> {
  const changing = items.filter(([, props]) => (props.status ?? 'ACCEPTED') !== status);
  if (changing.length === 0) return;
  await w.run(cypher, { ...params(changing.map(([id]) => id)), status, author: w.meta.author.name });
  for (const [id, props] of changing) {
    const before = reviewFields(props);
    recordRevision(w, {
      action: 'SET_STATUS',
      targetId: id,
      targetKind: kind,
      before,
      after: { status, version: Number(before.version) + 1 },
    });
  }
}
