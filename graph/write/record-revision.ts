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

/** Every revision of a change in one statement, in order, just before its invariants are checked. */
export const CREATE_REVISIONS = `
UNWIND $rows AS row
CREATE (r:Revision)
SET r = row, r.at = datetime()
RETURN count(r) AS written`;

// Revisions are queued on the change and written by runChange in one statement before the
// invariants and the commit: the same transaction (so history and data still cannot disagree),
// one round trip per change instead of one per item or batch. Nothing reads a change's own
// revisions before it commits.
export function recordRevisions(w: WriteTx, revisions: readonly RevisionInput[]): string[] {
  return revisions.map((revision) => recordRevision(w, revision));
}

export function recordRevision(w: WriteTx, revision: RevisionInput): string {
  const id = `revision:${randomUUID()}`;
  w.pendingRevisions.push({ ...revisionRow(w, revision, w.revisionIds.length), id });
  w.revisionIds.push(id);
  return id;
}

const REVISIONS_PER_STATEMENT = 10_000;

/** Writes the queued revisions (runChange calls it once, before checking the invariants). */
export async function flushRevisions(w: WriteTx): Promise<void> {
  const rows = w.pendingRevisions.splice(0);
  for (let start = 0; start < rows.length; start += REVISIONS_PER_STATEMENT) {
    const batch = rows.slice(start, start + REVISIONS_PER_STATEMENT);
    const [written] = await w.run<{ written: number }>(CREATE_REVISIONS, { rows: batch });
    if (written?.written !== batch.length) {
      throw new Error(`Recorded ${written?.written ?? 0} of ${batch.length} revisions; rolled back.`);
    }
  }
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
