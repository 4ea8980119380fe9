import { getEntities } from '../../graph/queries/get-entities.js';
import { resolveMergedIds } from '../../graph/queries/get-review-info.js';
import { visibleStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { Entity } from './entity.js';
import { GraphEdge } from './graph-element.js';
import { loadReviews, Review } from './revision.js';
import { Statement } from './statement.js';

// `review` (status, version, created/updated by and at) on everything the graph asserts, added
// here so the types' own files stay as they are; one batched query per response.
const reviewField = {
  type: Review,
  nullable: true,
  description: 'Review status and provenance (status, version, createdBy…).',
  load: loadReviews,
} as const;

builder.interfaceField(Entity, 'review', (t) => t.loadable({ ...reviewField, resolve: (e) => e.id }));
builder.objectField(GraphEdge, 'review', (t) => t.loadable({ ...reviewField, resolve: (r) => r.id }));
builder.objectField(Statement, 'review', (t) => t.loadable({ ...reviewField, resolve: (s) => s.id }));

builder.queryField('entity', (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description:
      'An entity by id; an id merged into another answers the kept entity. PROPOSED and REJECTED entities are answered to callers with a token only (null otherwise).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const current = (await resolveMergedIds(ctx.client, [args.id])).get(args.id) ?? args.id;
      return (await getEntities(ctx.client, [current], visibleStatuses(ctx)))[0] ?? null;
    },
  }),
);
