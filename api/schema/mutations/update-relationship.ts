import { updateRelationship } from '../../../graph/write/update-relationship.js';
import { builder } from '../../builder.js';
import { RelationshipChangePayload } from './create-relationship.js';
import { changeFields, changeMeta } from './inputs.js';
import { runMutation } from './run-mutation.js';

const UpdateRelationshipInput = builder.inputType('UpdateRelationshipInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: '`<from>|<TYPE>|<to>`' }),
    expectedVersion: t.int({ required: true, description: 'The `review.version` you read; else CONFLICT.' }),
    from: t.id({
      required: false,
      description: 'New start (e.g. a claim’s holder); the id becomes `<from>|<TYPE>|<to>`.',
    }),
    to: t.id({ required: false, description: 'New end.' }),
    role: t.string({ required: false }),
    note: t.string({ required: false }),
    ...changeFields(t),
  }),
});

builder.mutationField('updateRelationship', (t) =>
  t.field({
    type: RelationshipChangePayload,
    description:
      'Changes a relationship’s endpoints, role or note if it is still at `expectedVersion` (else CONFLICT); new endpoints must fit its type (INVARIANT_VIOLATION) and not be joined already (CONFLICT). `relationship` is the one under its new id.',
    args: { input: t.arg({ type: UpdateRelationshipInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (author) => updateRelationship(ctx.client, input, changeMeta(author, input))),
  }),
);
