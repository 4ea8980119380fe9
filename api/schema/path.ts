import { type FoundPath, findPaths, MAX_PATH_LENGTH, MAX_PATHS } from '../../graph/queries/find-paths.js';
import { getEntities } from '../../graph/queries/get-entities.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import { entityLabelOf } from '../global-id.js';
import { intArg } from '../int-arg.js';
import { GraphEdge, GraphNode } from './graph-element.js';
import { statusArg } from './status-arg.js';

const Path = builder.objectRef<FoundPath>('Path').implement({
  description: 'A chain of relationships between two entities, in order from `from` to `to`.',
  fields: (t) => ({
    length: t.int({ description: 'Number of relationships.', resolve: (p) => p.relations.length }),
    nodes: t.field({ type: [GraphNode], resolve: (p) => p.nodes }),
    edges: t.field({
      type: [GraphEdge],
      description: 'Edges keep their stored direction.',
      resolve: (p) => p.relations,
    }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    type: [Path],
    description: `Shortest paths between two entities over domain relationships in either direction, shortest first.`,
    args: {
      ...statusArg,
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ defaultValue: 4, description: `1–${MAX_PATH_LENGTH}.` }),
      first: t.arg.int({ defaultValue: 3, description: `1–${MAX_PATHS}.` }),
    },
    resolve: async (_root, args, ctx) => {
      entityLabelOf(args.from, 'from');
      entityLabelOf(args.to, 'to');
      const maxLength = intArg(args.maxLength, 'maxLength', { fallback: 4, min: 1, max: MAX_PATH_LENGTH });
      const first = intArg(args.first, 'first', { fallback: 3, min: 1, max: MAX_PATHS });
      if (args.from === args.to) throw new BadUserInputError('"from" and "to" must differ.', 'to');
      const paths = await findPaths(ctx.client, {
        from: args.from,
        to: args.to,
        maxLength,
        first,
        status: askedStatuses(args.status, ctx),
      });
      if (paths.length === 0) {
        const found = new Set((await getEntities(ctx.client, [args.from, args.to])).map((e) => e.id));
        for (const id of [args.from, args.to]) if (!found.has(id)) throw new NotFoundError(id);
      }
      return paths;
    },
  }),
);
