import { MORE_CAP } from '../../graph/queries/get-overview.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { entityLabelOf, idsOf } from '../global-id.js';
import { intArg } from '../int-arg.js';
import { requireKnownIds } from '../known-ids.js';
import type { Overview as OverviewShape } from '../logic/overview.js';
import { loadOverview, type OverviewNode as OverviewNodeShape, overviewLabels } from '../logic/overview.js';
import { Entity } from './entity.js';
import { EntityKind } from './enums.js';
import { GraphEdge } from './graph-element.js';
import { statusArg } from './status-arg.js';

// The web's first view at any corpus size (issue 14): the server chooses a bounded set of
// entities (api/logic/overview.ts); "+n more" handles expand through `neighborhood`.

export const MAX_OVERVIEW_NODES = 500;
const DEFAULT_OVERVIEW_NODES = 200;
const MAX_IDS = 1000;

const OverviewNode = builder.objectRef<OverviewNodeShape>('OverviewNode').implement({
  description: 'An entity of the overview, with how many of its neighbours it leaves out.',
  fields: (t) => ({
    id: t.id({ resolve: (n) => n.entity.id }),
    entity: t.field({ type: Entity, resolve: (n) => n.entity }),
    score: t.int({
      description: 'Twice its relationships plus its evidence statements (what ranks it).',
      resolve: (n) => n.score,
    }),
    moreNeighbors: t.int({
      description: `Neighbours not in the overview ("+n more"), counted up to ${MORE_CAP}; \`neighborhood\` loads them.`,
      resolve: (n) => n.more,
    }),
  }),
});

const Overview = builder.objectRef<OverviewShape>('Overview').implement({
  description:
    'A bounded view of the graph: the best connected and evidenced entities and the edges among them.',
  fields: (t) => ({
    nodes: t.field({ type: [OverviewNode], resolve: (o) => o.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (o) => o.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the database holds more around what is shown (some node has `moreNeighbors`).',
    }),
  }),
});

builder.queryField('overview', (t) =>
  t.field({
    type: Overview,
    description: `The most connected, best evidenced entities for the filters, at most \`limit\` (1–${MAX_OVERVIEW_NODES}), with the relationships among them. Bounded work on any corpus: the ranking score is stored when the graph is written.`,
    args: {
      ...statusArg,
      from: t.arg({
        type: 'Date',
        required: false,
        description: 'Events that may fall on or after this day.',
      }),
      to: t.arg({
        type: 'Date',
        required: false,
        description: 'Events that may fall on or before this day.',
      }),
      kinds: t.arg({ type: [EntityKind], required: false, description: 'Only these kinds.' }),
      issueIds: t.arg.idList({ required: false, description: 'Only what is joined to these issues.' }),
      actorIds: t.arg.idList({ required: false, description: 'Only what is joined to these actors.' }),
      ids: t.arg.idList({
        required: false,
        description: `These entities (at most ${MAX_IDS}, e.g. a source's items) and their context.`,
      }),
      limit: t.arg.int({ defaultValue: DEFAULT_OVERVIEW_NODES }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.from && args.to && args.from > args.to) {
        throw new BadUserInputError('"from" must not be after "to".', 'from');
      }
      const limit = intArg(args.limit, 'limit', {
        fallback: DEFAULT_OVERVIEW_NODES,
        min: 1,
        max: MAX_OVERVIEW_NODES,
      });
      if (args.ids && args.ids.length > MAX_IDS) {
        throw new BadUserInputError(`"ids" takes at most ${MAX_IDS} ids, got ${args.ids.length}.`, 'ids');
      }
      for (const id of args.ids ?? []) entityLabelOf(id, 'ids');
      const issueIds = idsOf(args.issueIds, 'Issue', 'issueIds') ?? [];
      const actorIds = idsOf(args.actorIds, 'Actor', 'actorIds') ?? [];
      await requireKnownIds(ctx.client, [
        ['issueIds', issueIds],
        ['actorIds', actorIds],
      ]);
      const focus = [...issueIds, ...actorIds];
      return loadOverview(ctx.client, {
        limit,
        labels: overviewLabels(args.kinds),
        from: args.from ?? null,
        to: args.to ?? null,
        status: askedStatuses(args.status, ctx),
        focusIds: focus.length > 0 ? focus : null,
        ids: args.ids && args.ids.length > 0 ? [...args.ids] : null,
      });
    },
  }),
);
