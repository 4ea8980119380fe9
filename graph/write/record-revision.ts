import { randomUUID } from 'node:crypto';
import type { WriteTx } from './write-context.js';

// Every change of domain data records one Revision per item it changed, in the same
// transaction, so history and data can never disagree. Revisions are never edited: undoing
// one (`revert`) records a new revision that points at it.
export type RevisionAction =
  | 'ADD_SOURCE'
  | 'CREATE_STATEMENT'
  | 'CREATE_ENTITY'
  | 'UPDATE_ENTITY'
  | 'MERGE_ENTITIES'
  | 'MERGED_INTO'
  | 'CREATE_RELATIONSHIP'
  | 'MOVE_RELATIONSHIP'
  | 'UPDATE_RELATIONSHIP'
  | 'SET_STATUS';

export type TargetKind = 'source' | 'statement' | 'entity' | 'relationship';

export interface RevisionInput {
  action: RevisionAction;
  targetId: string;
  targetKind: TargetKind;
  before: unknown;
  after: unknown;
  /** The revision this one undoes (revert), if any. */
  revertsId?: string | null;
}

export const CREATE_REVISION = `
CREATE (r:Revision {
  id: $id, changeId: $changeId, seq: $seq, at: datetime(), author: $author, tokenId: $tokenId,
  action: $action, targetId: $targetId, targetKind: $targetKind, before: $before, after: $after,
  reason: $reason, sourceId: $sourceId, revertsId: $revertsId
})
RETURN r.id AS id`;

/** Many revisions in one statement, in order (ingestion records one per proposal written). */
export const CREATE_REVISIONS = `
UNWIND $rows AS row
CREATE (r:Revision)
SET r = row, r.at = datetime()
RETURN count(r) AS written`;

export async function recordRevisions(w: WriteTx, revisions: readonly RevisionInput[]): Promise<void> {
  if (revisions.length === 0) return;
  const rows = revisions.map((revision, index) => ({
    ...revisionRow(w, revision, w.revisionIds.length + index),
    id: `revision:${randomUUID()}`,
  }));
  await w.run(CREATE_REVISIONS, { rows });
  w.revisionIds.push(...rows.map((row) => row.id));
}

function revisionRow(w: WriteTx, revision: RevisionInput, seq: number) {
  return {
    changeId: w.changeId,
    seq,
    author: w.meta.author.name,
    tokenId: w.meta.author.tokenId,
    action: revision.action,
    targetId: revision.targetId,
    targetKind: revision.targetKind,
    before: revision.before === null ? null : JSON.stringify(revision.before),
    after: revision.after === null ? null : JSON.stringify(revision.after),
    reason: w.meta.reason ?? null,
    sourceId: w.meta.sourceId ?? null,
    revertsId: revision.revertsId ?? null,
  };
}

export async function recordRevision(w: WriteTx, revision: RevisionInput): Promise<string> {
  const id = `revision:${randomUUID()}`;
  await w.run(CREATE_REVISION, { id, ...revisionRow(w, revision, w.revisionIds.length) });
  w.revisionIds.push(id);
  return id;
}
