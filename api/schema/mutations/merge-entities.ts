import { mergeEntities } from '../../../graph/write/merge-entities.js';
import { builder } from '../../builder.js';
import { EntityChangePayload } from './entity-payload.js';
import { changeFields, changeMeta } from './inputs.js';
import { runMutation } from './run-mutation.js';

const MergeEntitiesInput = builder.inputType('MergeEntitiesInput', {
  fields: (t) => ({
    keepId: t.id({ required: true }),
    mergeIds: t.idList({ required: true, description: 'Duplicates of the same kind; they stop existing.' }),
    ...changeFields(t),
  }),
});

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: EntityChangePayload,
    description:
      'Moves relationships, evidence and names (as aliases) of duplicates onto the kept entity; `entity(id)` of a merged id answers the kept one.',
    args: { input: t.arg({ type: MergeEntitiesInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (author) => mergeEntities(ctx.client, input, changeMeta(author, input))),
  }),
);
