import type { ItemStatus, ReviewItem } from './get-review.js';

// What a review write changed, patched into the screen's items from the revisions the write
// returns, instead of reading the whole source again: that read re-runs ingestion on the server
// (rule, candidates) and took seconds per action on a busy machine. A revision this cannot
// apply (a merge, an unknown action on a shown item) answers null, and the screen reads again.
export const CHANGE_REVISION_FIELDS = 'id action targetId before after';

export interface ChangeRevision {
  id: string;
  action: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const ENTITY_FIELDS = ['name', 'kind', 'precision', 'earliest', 'latest'] as const;
// Revisions of items the screen does not list (statements accepted with their item, a source).
const IGNORED = new Set(['CREATE_STATEMENT', 'ADD_SOURCE', 'MOVE_RELATIONSHIP']);

function patchOne(item: ReviewItem, revision: ChangeRevision): ReviewItem | null {
  const after = revision.after ?? {};
  const version = typeof after.version === 'number' ? after.version : item.version + 1;
  if (revision.action === 'SET_STATUS') return { ...item, status: after.status as ItemStatus, version };
  if (revision.action === 'UPDATE_ENTITY') {
    const patch: Record<string, unknown> = { version };
    for (const key of ENTITY_FIELDS) {
      const value = after[key];
      if (typeof value === 'string' || (value === null && key in after)) patch[key] = value;
    }
    return { ...item, ...patch };
  }
  if (revision.action === 'UPDATE_RELATIONSHIP') {
    return {
      ...item,
      id: revision.targetId,
      from: String(after.from ?? item.from),
      to: String(after.to ?? item.to),
      kind: (after.role as string | null | undefined) ?? null,
      version,
    };
  }
  return null;
}

/** The id an item had before this revision (a moved relationship's old id), else its target. */
function previousId(revision: ChangeRevision): string {
  if (revision.action !== 'UPDATE_RELATIONSHIP' || !revision.before) return revision.targetId;
  const type = revision.targetId.split('|')[1];
  return `${String(revision.before.from)}|${type}|${String(revision.before.to)}`;
}

/** The items after these revisions (pure), or null when one of them needs a fresh read. */
export function applyRevisions(
  items: readonly ReviewItem[],
  revisions: readonly ChangeRevision[],
): ReviewItem[] | null {
  let next = [...items];
  for (const revision of revisions) {
    if (IGNORED.has(revision.action)) continue;
    const id = previousId(revision);
    const at = next.findIndex((item) => item.id === id);
    if (at < 0) {
      // Evidence statements change status along with their item; they are not listed here.
      if (id.startsWith('statement:')) continue;
      return null;
    }
    const patched = patchOne(next[at] as ReviewItem, revision);
    if (!patched) return null;
    next = next.map((item, i) => (i === at ? patched : item));
  }
  return next;
}
