import { createRelationship } from '../../../graph/write/create-relationship.js';
import type { ChangeResult } from '../../../graph/write/run-change.js';
import { builder } from '../../builder.js';
import { loadRelationships } from '../../loaders/relationship-loaders.js';
import { RelationType } from '../enums.js';
import { GraphEdge } from '../graph-element.js';
import { ReviewStatus, Revision } from '../revision.js';
import { changeFields, changeMeta, EvidenceInput } from './inputs.js';
import { REPLAYED_DOC, REVISIONS_DOC, revisionsOf } from './payloads.js';
import { runMutation } from './run-mutation.js';

const CreateRelationshipInput = builder.inputType('CreateRelationshipInput', {
  fields: (t) => ({
    from: t.id({ required: true }),
    type: t.field({ type: RelationType, required: true }),
    to: t.id({ required: true }),
    role: t.string({ required: false }),
    note: t.string({ required: false }),
    evidence: t.field({ type: [EvidenceInput], required: true, description: 'At least one quote.' }),
    status: t.field({ type: ReviewStatus, required: false, description: 'Default PROPOSED.' }),
    ...changeFields(t),
  }),
});

export const RelationshipChangePayload = builder
  .objectRef<{ relationshipId: string } & ChangeResult>('RelationshipChangePayload')
  .implement({
    fields: (t) => ({
      relationship: t.field({
        type: GraphEdge,
        nullable: true,
        resolve: async (r, _args, ctx) => (await loadRelationships([r.relationshipId], ctx))[0] ?? null,
      }),
      revisions: t.field({ type: [Revision], description: REVISIONS_DOC, resolve: revisionsOf }),
      replayed: t.exposeBoolean('replayed', { description: REPLAYED_DOC }),
    }),
  });

builder.mutationField('createRelationship', (t) =>
  t.field({
    type: RelationshipChangePayload,
    description:
      'Links two entities with evidence; the type must fit their kinds (INVARIANT_VIOLATION otherwise).',
    args: { input: t.arg({ type: CreateRelationshipInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (author) => createRelationship(ctx.client, input, changeMeta(author, input))),
  }),
);
