import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { ChangeResult } from '../../../graph/write/run-change.js';
import { setReviewStatus } from '../../../graph/write/set-review-status.js';
import { builder } from '../../builder.js';
import { Revision } from '../revision.js';
import { changeFields, changeMeta } from './inputs.js';
import { REPLAYED_DOC, REVISIONS_DOC, revisionsOf } from './payloads.js';
import { runMutation } from './run-mutation.js';

const ReviewProposalsInput = builder.inputType('ReviewProposalsInput', {
  fields: (t) => ({
    ids: t.idList({
      required: true,
      description: 'Entity, relationship or statement ids, all in one transaction.',
    }),
    ...changeFields(t),
  }),
});

const ReviewPayload = builder.objectRef<{ ids: string[] } & ChangeResult>('ReviewPayload').implement({
  fields: (t) => ({
    ids: t.exposeIDList('ids'),
    revisions: t.field({ type: [Revision], description: REVISIONS_DOC, resolve: revisionsOf }),
    replayed: t.exposeBoolean('replayed', { description: REPLAYED_DOC }),
  }),
});

function reviewMutation(name: string, status: ReviewStatus, description: string) {
  builder.mutationField(name, (t) =>
    t.field({
      type: ReviewPayload,
      description,
      args: { input: t.arg({ type: ReviewProposalsInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        runMutation(ctx, (author) =>
          setReviewStatus(ctx.client, input.ids, status, changeMeta(author, input)),
        ),
    }),
  );
}

reviewMutation(
  'acceptProposals',
  'ACCEPTED',
  'Accepts items (and their proposed evidence); refused when an accepted relationship would join a non-accepted entity.',
);
reviewMutation(
  'rejectProposals',
  'REJECTED',
  'Rejects items; refused while an accepted relationship still uses a rejected entity.',
);
