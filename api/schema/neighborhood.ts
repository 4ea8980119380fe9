import { builder } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { entityLabelOf } from '../global-id.js';
import type { Subgraph } from '../logic/neighborhood.js';
import { loadNeighborhood } from '../logic/neighborhood.js';
import { EntityKind } from './enums.js';
import { GraphEdge, GraphNode } from './graph-element.js';

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
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ required: true, defaultValue: 1 }),
      limit: t.arg.int({ required: true, defaultValue: 200 }),
      kinds: t.arg({
        type: [EntityKind],
        required: false,
        description: 'Only traverse and keep these kinds.',
      }),
    },
    resolve: (_root, args, ctx) => {
      entityLabelOf(args.id, 'id');
      if (args.depth < 1 || args.depth > MAX_DEPTH) {
        throw new BadUserInputError(
          `"depth" must be between 1 and ${MAX_DEPTH}, got ${args.depth}.`,
          'depth',
        );
      }
      if (args.limit < 1 || args.limit > MAX_NODES) {
        throw new BadUserInputError(
          `"limit" must be between 1 and ${MAX_NODES}, got ${args.limit}.`,
          'limit',
        );
      }
      return loadNeighborhood(ctx.client, {
        id: args.id,
        depth: args.depth,
        limit: args.limit,
        labels: args.kinds ?? null,
      });
    },
  }),
);
