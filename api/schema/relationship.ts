import { listRelationships } from '../../graph/queries/list-relationships.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { canonicalRelationshipIdOf, entityLabelOf } from '../global-id.js';
import { requireKnownIds } from '../known-ids.js';
import { loadRelationships } from '../loaders/relationship-loaders.js';
import { pageWindow, toConnection } from '../pagination.js';
import { totalCountOf } from './connection.js';
import { RelationType } from './enums.js';
import { GraphEdge } from './graph-element.js';
import { statusArg } from './status-arg.js';

// Relationships addressed on their own, not from one entity: a page over all of them, and one by
// id (a shared link to an edge that is not drawn yet). Both are the `GraphEdge` of the drawings.
export const DEFAULT_RELATIONSHIP_PAGE = 50;

const RelationshipConnection = builder.connectionObject(
  {
    type: GraphEdge,
    name: 'RelationshipConnection',
    fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }),
  },
  { name: 'RelationshipEdge' },
);

builder.queryField('relationships', (t) =>
  t.field({
    type: RelationshipConnection,
    description: 'Domain relationships (direction as stored) sorted by id, with their evidence.',
    args: {
      ...statusArg,
      types: t.arg({ type: [RelationType], required: false }),
      entityIds: t.arg.idList({
        required: false,
        description: 'Only relationships touching one of these entities (either end).',
      }),
      first: t.arg.int({ defaultValue: DEFAULT_RELATIONSHIP_PAGE, description: '0–100.' }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const window = pageWindow({ first: args.first ?? DEFAULT_RELATIONSHIP_PAGE, after: args.after });
      for (const id of args.entityIds ?? []) entityLabelOf(id, 'entityIds');
      await requireKnownIds(ctx.client, [['entityIds', args.entityIds]]);
      const filter = {
        status: askedStatuses(args.status, ctx),
        types: args.types,
        entityIds: args.entityIds,
      };
      return toConnection(await listRelationships(ctx.client, filter, window), window);
    },
  }),
);

builder.queryField('relationship', (t) =>
  t.loadable({
    type: GraphEdge,
    nullable: true,
    description:
      'A relationship by id (`<from-id>|<TYPE>|<to-id>`), `null` when there is none. Undirected types (OPPOSES) are found written either way round; the answer carries the stored id (ends in id order).',
    args: { id: t.arg.id({ required: true }) },
    load: loadRelationships,
    resolve: (_root, args) => {
      canonicalRelationshipIdOf(args.id, 'id');
      return args.id;
    },
  }),
);
