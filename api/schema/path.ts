import { type FoundPath, findPaths, MAX_PATH_LENGTH, MAX_PATHS } from '../../graph/queries/find-paths.js';
import { getEntities } from '../../graph/queries/get-entities.js';
import { builder } from '../builder.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import { entityLabelOf } from '../global-id.js';
import { GraphEdge, GraphNode } from './graph-element.js';

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
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ required: true, defaultValue: 4, description: `1–${MAX_PATH_LENGTH}.` }),
      first: t.arg.int({ required: true, defaultValue: 3, description: `1–${MAX_PATHS}.` }),
    },
    resolve: async (_root, args, ctx) => {
      entityLabelOf(args.from, 'from');
      entityLabelOf(args.to, 'to');
      if (args.maxLength < 1 || args.maxLength > MAX_PATH_LENGTH) {
        throw new BadUserInputError(`"maxLength" must be between 1 and ${MAX_PATH_LENGTH}.`, 'maxLength');
      }
      if (args.first < 1 || args.first > MAX_PATHS) {
        throw new BadUserInputError(`"first" must be between 1 and ${MAX_PATHS}.`, 'first');
      }
      if (args.from === args.to) throw new BadUserInputError('"from" and "to" must differ.', 'to');
      const paths = await findPaths(ctx.client, args);
      if (paths.length === 0) {
        const found = new Set((await getEntities(ctx.client, [args.from, args.to])).map((e) => e.id));
        for (const id of [args.from, args.to]) if (!found.has(id)) throw new NotFoundError(id);
      }
      return paths;
    },
  }),
);
