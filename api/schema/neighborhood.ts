import { askedStatuses, visibleStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { entityLabelOf } from '../global-id.js';
import { intArg } from '../int-arg.js';
import type { Subgraph } from '../logic/neighborhood.js';
import { loadNeighborhood } from '../logic/neighborhood.js';
import { EntityKind } from './enums.js';
import { originArg, originsFilter } from './event-origin-filter.js';
import { GraphEdge, GraphNode } from './graph-element.js';
import { statusArg } from './status-arg.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

const Neighborhood = builder.objectRef<Subgraph>('Neighborhood').implement({
  description: 'The entities around one entity and the relationships among them.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when `limit` cut nodes or edges off.' }),
  }),
});

builder.queryField('neighborhood', (t) =>
  t.field({
    type: Neighborhood,
    description: `Entities within \`depth\` (1–${MAX_DEPTH}) relationships of \`id\`, nearest first, at most \`limit\` (1–${MAX_NODES}) nodes.`,
    args: {
      ...statusArg,
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: 200 }),
      kinds: t.arg({
        type: [EntityKind],
        required: false,
        description: 'Only traverse and keep these kinds.',
      }),
      origin: originArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      entityLabelOf(args.id, 'id');
      const depth = intArg(args.depth, 'depth', { fallback: 1, min: 1, max: MAX_DEPTH });
      const limit = intArg(args.limit, 'limit', { fallback: 200, min: 1, max: MAX_NODES });
      return loadNeighborhood(ctx.client, {
        id: args.id,
        depth,
        limit,
        labels: args.kinds ?? null,
        status: askedStatuses(args.status, ctx),
        startStatuses: visibleStatuses(ctx),
        origins: originsFilter(args.origin),
      });
    },
  }),
);
