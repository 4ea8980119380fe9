import { listReviewQueue, type ReviewQueueRow } from '../../graph/queries/list-review-queue.js';
import { requireReviewer } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { loadSources } from '../loaders/evidence-loaders.js';
import { Source } from './source.js';

// What is left to review across sources, oldest first.
const ReviewQueueEntry = builder.objectRef<ReviewQueueRow>('ReviewQueueEntry').implement({
  fields: (t) => ({
    source: t.field({
      type: Source,
      resolve: async (r, _args, ctx) => (await loadSources([r.sourceId], ctx))[0] as never,
    }),
    addedAt: t.exposeString('createdAt', { nullable: true, description: 'When the source was added.' }),
    proposed: t.exposeInt('proposed', { description: 'Items still PROPOSED.' }),
    reviewed: t.exposeInt('reviewed', { description: 'Items accepted or rejected.' }),
  }),
});

const MAX_QUEUE = 200;

builder.queryField('reviewQueue', (t) =>
  t.field({
    type: [ReviewQueueEntry],
    description:
      'Sources with proposals left to review, oldest first, with counts. Needs a token (any role).',
    args: { first: t.arg.int({ required: false, defaultValue: 50 }) },
    resolve: (_root, args, ctx) => {
      requireReviewer(ctx, 'reviewQueue');
      const first = args.first ?? 50;
      if (first < 1 || first > MAX_QUEUE) {
        throw new BadUserInputError(`first must be between 1 and ${MAX_QUEUE}, got ${first}.`, 'first');
      }
      return listReviewQueue(ctx.client, first);
    },
  }),
);
