import { revertRevision } from '../../../graph/write/revert-revision.js';
import type { ChangeResult } from '../../../graph/write/run-change.js';
import { builder } from '../../builder.js';
import { Revision } from '../revision.js';
import { changeFields, changeMeta } from './inputs.js';
import { REPLAYED_DOC, REVISIONS_DOC, revisionsOf } from './payloads.js';
import { runMutation } from './run-mutation.js';

const RevertInput = builder.inputType('RevertInput', {
  fields: (t) => ({ revisionId: t.id({ required: true }), ...changeFields(t) }),
});

const RevertPayload = builder.objectRef<{ targetId: string } & ChangeResult>('RevertPayload').implement({
  fields: (t) => ({
    targetId: t.exposeID('targetId'),
    revisions: t.field({ type: [Revision], description: REVISIONS_DOC, resolve: revisionsOf }),
    replayed: t.exposeBoolean('replayed', { description: REPLAYED_DOC }),
  }),
});

builder.mutationField('revert', (t) =>
  t.field({
    type: RevertPayload,
    description: 'Undoes one revision with a new revision; CONFLICT when the item changed after it.',
    args: { input: t.arg({ type: RevertInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (author) => revertRevision(ctx.client, input.revisionId, changeMeta(author, input))),
  }),
);
