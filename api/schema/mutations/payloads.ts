import type { RevisionRow } from '../../../graph/queries/revision-row.js';
import type { ChangeResult } from '../../../graph/write/run-change.js';
import type { ApiContext } from '../../context.js';
import { loadRevisions } from '../revision.js';

// Every mutation payload answers the revisions it recorded and whether the answer is the stored
// one of an earlier call with the same idempotency key.
export const REVISIONS_DOC = 'The revisions this change recorded, in order.';
export const REPLAYED_DOC =
  'True when this is the stored answer of an earlier call with the same idempotency key.';

export function revisionsOf(result: ChangeResult, _args: object, ctx: ApiContext): Promise<RevisionRow[]> {
  return loadRevisions(result.revisionIds, ctx);
}
