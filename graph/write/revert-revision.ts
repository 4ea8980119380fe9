import type { GraphClient } from '../client.js';
import type { ReviewStatus } from '../model/review-status.js';
import { lockEntities, lockRelationships, lockStatements, parseRelationshipId } from './lock-items.js';
import { type Props, readEntities, readRelationships, readStatements } from './read-items.js';
import { type RevisionAction, recordRevision, type TargetKind } from './record-revision.js';
import { ORDERING_TYPES, replaceTimelinePlacement } from './replace-timeline-placement.js';
import { type ChangeResult, runChange } from './run-change.js';
import { SET_ENTITY_STATUS, SET_RELATIONSHIP_STATUS, SET_STATEMENT_STATUS } from './set-review-status.js';
import { UPDATE_ENTITY } from './update-entity.js';
import { updateRelationshipIn } from './update-relationship.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { badInput, notFound, WriteError } from './write-errors.js';

// Undoes one revision with a NEW revision (history is never rewritten): a status change gets its
// old status back, an update its old values, a creation is rejected. Only when the item is still
// as that revision left it: a later change answers CONFLICT, so nobody's work is lost silently.
export const READ_REVISION = `
MATCH (r:Revision {id: $id})
RETURN r.action AS action, r.targetId AS targetId, r.targetKind AS targetKind, r.before AS before, r.after AS after`;

type StoredRevision = {
  action: RevisionAction;
  targetId: string;
  targetKind: TargetKind;
  before: string | null;
  after: string | null;
};

export function revertRevision(
  client: GraphClient,
  revisionId: string,
  meta: ChangeMeta,
): Promise<{ targetId: string } & ChangeResult> {
  return runChange(client, 'revert', meta, (w) => revertRevisionIn(w, revisionId));
}

export async function revertRevisionIn(w: WriteTx, revisionId: string): Promise<{ targetId: string }> {
  const [revision] = await w.run<StoredRevision>(READ_REVISION, { id: revisionId });
  if (!revision) throw notFound(revisionId, 'revision');
  const { targetId, targetKind } = revision;
  const current = await lockAndRead(w, targetKind, targetId);
  if (!current) throw notFound(targetId, targetKind);
  const before = revision.before ? (JSON.parse(revision.before) as Props) : null;
  const after = revision.after ? (JSON.parse(revision.after) as Props) : {};
  const version = Number(current.version ?? 1);
  if (version !== Number(after.version ?? 1)) {
    throw new WriteError(
      'CONFLICT',
      `"${targetId}" changed after ${revisionId} (it is at version ${version}); revert the later revisions first (see history).`,
      { id: targetId, currentVersion: version },
    );
  }

  let resultId = targetId;
  if (revision.action === 'UPDATE_ENTITY' && before) {
    const { version: _v, ...fields } = before;
    await w.run(UPDATE_ENTITY, { id: targetId, props: fields, author: w.meta.author.name });
    const now = Object.fromEntries(Object.keys(fields).map((key) => [key, current[key] ?? null]));
    recordRevision(w, {
      action: 'UPDATE_ENTITY',
      targetId,
      targetKind,
      before: { ...now, version },
      after: { ...fields, version: version + 1 },
      revertsId: revisionId,
    });
  } else if (revision.action === 'UPDATE_RELATIONSHIP' && before) {
    // New endpoints re-keyed it: moving back re-keys it again (update-relationship.ts).
    const { from, to, role, note } = before as { from: string; to: string; role: string; note: string };
    const back = await updateRelationshipIn(
      w,
      { id: targetId, expectedVersion: version, from, to, role, note },
      revisionId,
    );
    resultId = back.relationshipId;
  } else if (revision.action === 'SET_STATUS' && before) {
    await setStatus(w, targetKind, targetId, before.status as ReviewStatus, current, revisionId);
  } else if (revision.action.startsWith('CREATE_')) {
    await setStatus(w, targetKind, targetId, 'REJECTED', current, revisionId);
  } else {
    throw badInput(
      `A ${revision.action} revision cannot be reverted automatically; change the items by hand.`,
      'revisionId',
    );
  }
  if (targetKind === 'entity') w.touched.entities.add(targetId);
  if (targetKind === 'relationship') w.touched.relationships.add(targetId);
  // Restored dates (or a restored PRECEDES / PART_OF) move events on the timeline.
  if (targetId.startsWith('event:') || ORDERING_TYPES.some((type) => targetId.includes(`|${type}|`)))
    replaceTimelinePlacement(w, [targetId]);
  return { targetId: resultId };
}

async function lockAndRead(w: WriteTx, kind: TargetKind, id: string): Promise<Props | undefined> {
  if (kind === 'entity') {
    await lockEntities(w, [id]);
    return (await readEntities(w, [id])).get(id)?.props;
  }
  if (kind === 'relationship') {
    await lockRelationships(w, [id]);
    return (await readRelationships(w, [id])).get(id)?.props;
  }
  if (kind === 'statement') {
    await lockStatements(w, [id]);
    return (await readStatements(w, [id])).get(id);
  }
  throw badInput('Sources are not reverted; their statements and items are.', 'revisionId');
}

async function setStatus(
  w: WriteTx,
  kind: TargetKind,
  id: string,
  status: ReviewStatus,
  current: Props,
  revertsId: string,
): Promise<void> {
  const cypher =
    kind === 'entity'
      ? SET_ENTITY_STATUS
      : kind === 'statement'
        ? SET_STATEMENT_STATUS
        : SET_RELATIONSHIP_STATUS;
  const params = kind === 'relationship' ? { ends: [{ id, ...parseRelationshipId(id) }] } : { ids: [id] };
  await w.run(cypher, { ...params, status, author: w.meta.author.name });
  const version = Number(current.version ?? 1);
  recordRevision(w, {
    action: 'SET_STATUS',
    targetId: id,
    targetKind: kind,
    before: { status: current.status ?? 'ACCEPTED', version },
    after: { status, version: version + 1 },
    revertsId,
  });
}
