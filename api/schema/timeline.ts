import { EVENT_TYPE_NAMES } from '../../graph/model/event-types.js';
import {
  countTimelineEvents,
  listTimelineEvents,
  type TimelineFilter,
  type TimelineRow,
} from '../../graph/queries/list-timeline-events.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { knownValuesOf } from '../enum-arg.js';
import { BadUserInputError } from '../errors.js';
import { idsOf } from '../global-id.js';
import { requireKnownIds } from '../known-ids.js';
import { rankToCursor, timelineSeek } from '../timeline-cursor.js';
import { DatePrecision, TimelineMatch } from './enums.js';
import { Event } from './event.js';
import { originArg, originsFilter } from './event-origin-filter.js';
import { statusArg } from './status-arg.js';

const TimelinePlacement = builder.enumType('TimelinePlacement', {
  description: 'What put an event at its place in the timeline.',
  values: {
    DATE: { description: 'Its own date bounds.' },
    ORDER: { description: 'Its PRECEDES order relative to dated events (a relatively dated event).' },
    UNPLACED: { description: 'Neither: listed at the end.' },
  } as const,
});

interface TimelineEdgeShape {
  cursor: string;
  node: TimelineRow['event'];
  row: TimelineRow;
}

builder.queryField('timeline', (t) =>
  t.connection(
    {
      type: Event,
      description:
        'Events in time order, dated and relative ones together (relative ones placed by PRECEDES). The order is stored when the graph is written, so a page costs the same on any corpus. Each event carries its earliest/latest bounds and precision.',
      args: {
        ...statusArg,
        from: t.arg({ type: 'Date', required: false, description: 'Window start (inclusive).' }),
        to: t.arg({ type: 'Date', required: false, description: 'Window end (inclusive).' }),
        match: t.arg({ type: TimelineMatch, defaultValue: 'POSSIBLY' }),
        actorIds: t.arg.idList({ required: false }),
        issueIds: t.arg.idList({ required: false }),
        types: t.arg.stringList({ required: false, description: 'Event types (`Event.kind`).' }),
        origin: originArg(t.arg),
        precision: t.arg({
          type: [DatePrecision],
          required: false,
          description:
            'Events whose time is known this precisely only (e.g. `[DAY]` for the exactly dated ones, `[RELATIVE]` for those placed by order). Default: every precision.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        if (args.from && args.to && args.from > args.to) {
          throw new BadUserInputError('"from" must not be after "to".', 'from');
        }
        await requireKnownIds(ctx.client, [
          ['actorIds', args.actorIds],
          ['issueIds', args.issueIds],
        ]);
        const filter: TimelineFilter = {
          status: askedStatuses(args.status, ctx),
          from: args.from,
          to: args.to,
          certain: args.match === 'CERTAINLY',
          types: knownValuesOf(args.types, EVENT_TYPE_NAMES, 'types'),
          actorIds: idsOf(args.actorIds, 'Actor', 'actorIds'),
          issueIds: idsOf(args.issueIds, 'Issue', 'issueIds'),
          origins: originsFilter(args.origin),
          precisions: args.precision ?? null,
        };
        const seek = timelineSeek(args);
        const rows = await listTimelineEvents(ctx.client, filter, seek);
        const more = rows.length > seek.size;
        const page = rows.slice(0, seek.size);
        if (seek.backwards) page.reverse();
        const edges: TimelineEdgeShape[] = page.map((row) => ({
          cursor: rankToCursor(row.rank),
          node: row.event,
          row,
        }));
        return {
          edges,
          filter,
          pageInfo: {
            hasNextPage: seek.backwards ? seek.beforeRank !== null : more,
            hasPreviousPage: seek.backwards ? more : seek.afterRank !== null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    {
      name: 'TimelineConnection',
      fields: (tc) => ({
        totalCount: tc.int({
          description: 'Events the filters keep (one more query, only when asked for).',
          resolve: (connection, _args, ctx) =>
            countTimelineEvents(ctx.client, (connection as { filter: TimelineFilter }).filter),
        }),
      }),
    },
    {
      name: 'TimelineEdge',
      fields: (te) => ({
        placedBy: te.field({
          type: TimelinePlacement,
          resolve: (edge) => (edge as TimelineEdgeShape).row.placedBy,
        }),
        sortDate: te.field({
          type: 'Date',
          nullable: true,
          description: 'The date the event is sorted by (its own, or inherited through PRECEDES).',
          resolve: (edge) => (edge as TimelineEdgeShape).row.sortDate,
        }),
      }),
    },
  ),
);
