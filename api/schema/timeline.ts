import { EVENT_TYPE_NAMES } from '../../graph/model/event-types.js';
import { listTimelineBounds } from '../../graph/queries/list-timeline-bounds.js';
import { builder } from '../builder.js';
import { knownValuesOf } from '../enum-arg.js';
import { BadUserInputError } from '../errors.js';
import { idsOf } from '../global-id.js';
import { requireKnownIds } from '../known-ids.js';
import { type Placement, placeEvents } from '../logic/place-events.js';
import { pageOfArray, pageWindow, toConnection } from '../pagination.js';
import { totalCountOf } from './connection.js';
import { TimelineMatch } from './enums.js';
import { Event } from './event.js';

const TimelinePlacement = builder.enumType('TimelinePlacement', {
  description: 'What put an event at its place in the timeline.',
  values: {
    DATE: { description: 'Its own date bounds.' },
    ORDER: { description: 'Its PRECEDES order relative to dated events (a relatively dated event).' },
    UNPLACED: { description: 'Neither: listed at the end.' },
  } as const,
});

builder.queryField('timeline', (t) =>
  t.connection(
    {
      type: Event,
      description:
        'Events in time order, dated and relative ones together (relative ones placed by PRECEDES). Each event carries its earliest/latest bounds and precision.',
      args: {
        from: t.arg({ type: 'Date', required: false, description: 'Window start (inclusive).' }),
        to: t.arg({ type: 'Date', required: false, description: 'Window end (inclusive).' }),
        match: t.arg({ type: TimelineMatch, defaultValue: 'POSSIBLY' }),
        actorIds: t.arg.idList({ required: false }),
        issueIds: t.arg.idList({ required: false }),
        types: t.arg.stringList({ required: false, description: 'Event types (`Event.kind`).' }),
      },
      resolve: async (_root, args, ctx) => {
        if (args.from && args.to && args.from > args.to) {
          throw new BadUserInputError('"from" must not be after "to".', 'from');
        }
        await requireKnownIds(ctx.client, [
          ['actorIds', args.actorIds],
          ['issueIds', args.issueIds],
        ]);
        const window = pageWindow(args);
        const { events, order } = await listTimelineBounds(ctx.client, {
          from: args.from,
          to: args.to,
          certain: args.match === 'CERTAINLY',
          types: knownValuesOf(args.types, EVENT_TYPE_NAMES, 'types'),
          actorIds: idsOf(args.actorIds, 'Actor', 'actorIds'),
          issueIds: idsOf(args.issueIds, 'Issue', 'issueIds'),
        });
        const placed = placeEvents(events, order);
        const connection = toConnection(pageOfArray(placed, window), window);
        // The node is the event's id: the Event loader fetches the page's events in one query.
        return {
          ...connection,
          edges: connection.edges.map((edge) => ({
            ...edge,
            node: edge.node.event.id,
            placement: edge.node,
          })),
        };
      },
    },
    {
      name: 'TimelineConnection',
      fields: (tc) => ({
        totalCount: tc.int({ resolve: totalCountOf }),
      }),
    },
    {
      name: 'TimelineEdge',
      fields: (te) => ({
        placedBy: te.field({
          type: TimelinePlacement,
          resolve: (e) => (e as unknown as { placement: Placement<unknown> }).placement.placedBy,
        }),
        sortDate: te.field({
          type: 'Date',
          nullable: true,
          description: 'The date the event is sorted by (its own, or inherited through PRECEDES).',
          resolve: (e) => (e as unknown as { placement: Placement<unknown> }).placement.sortDate,
        }),
      }),
    },
  ),
);
