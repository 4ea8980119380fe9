import { updateEntity } from '../../../graph/write/update-entity.js';
import { builder } from '../../builder.js';
import { EntityChangePayload } from './entity-payload.js';
import { changeFields, changeMeta } from './inputs.js';
import { runMutation } from './run-mutation.js';

const UpdateEntityInput = builder.inputType('UpdateEntityInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The `review.version` you read; else CONFLICT.' }),
    name: t.string({ required: false }),
    kind: t.string({ required: false }),
    aliases: t.stringList({ required: false }),
    description: t.string({ required: false }),
    precision: t.string({ required: false }),
    earliest: t.field({ type: 'Date', required: false }),
    latest: t.field({ type: 'Date', required: false }),
    ...changeFields(t),
  }),
});

builder.mutationField('updateEntity', (t) =>
  t.field({
    type: EntityChangePayload,
    description: 'Changes the given fields if the entity is still at `expectedVersion` (else CONFLICT).',
    args: { input: t.arg({ type: UpdateEntityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (author) => updateEntity(ctx.client, input, changeMeta(author, input))),
  }),
);
