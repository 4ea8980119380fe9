import { createEntity } from '../../../graph/write/create-entity.js';
import { builder } from '../../builder.js';
import { EntityKind } from '../enums.js';
import { ReviewStatus } from '../revision.js';
import { EntityChangePayload } from './entity-payload.js';
import { changeFields, changeMeta, EvidenceInput } from './inputs.js';
import { runMutation } from './run-mutation.js';

const CreateEntityInput = builder.inputType('CreateEntityInput', {
  fields: (t) => ({
    entityKind: t.field({ type: EntityKind, required: true }),
    name: t.string({ required: true }),
    kind: t.string({
      required: true,
      description: 'Actor/place kind, issue family, event type or claim stance.',
    }),
    id: t.id({ required: false, description: 'Defaults to `<kind>:<slug of name>`.' }),
    aliases: t.stringList({ required: false }),
    description: t.string({ required: false }),
    precision: t.string({
      required: false,
      description: 'Events: day, month, year, approximate, relative, unknown.',
    }),
    earliest: t.field({ type: 'Date', required: false }),
    latest: t.field({ type: 'Date', required: false }),
    evidence: t.field({ type: [EvidenceInput], required: true, description: 'At least one quote.' }),
    status: t.field({ type: ReviewStatus, required: false, description: 'Default PROPOSED.' }),
    ...changeFields(t),
  }),
});

builder.mutationField('createEntity', (t) =>
  t.field({
    type: EntityChangePayload,
    description: 'Creates an entity with its evidence (PROPOSED unless `status` says otherwise).',
    args: { input: t.arg({ type: CreateEntityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (author) =>
        createEntity(ctx.client, { ...input, label: input.entityKind }, changeMeta(author, input)),
      ),
  }),
);
