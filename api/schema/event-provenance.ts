import type { StatementRecord } from '../../graph/model/records.js';
import { listAllusions } from '../../graph/queries/list-allusions.js';
import { builder } from '../builder.js';
import { Event } from './event.js';
import { Statement } from './statement.js';

// Where an event's words and dates come from: the article sentences that only allude to a
// background event (not evidence), and which event a derived time bound was taken from.

builder.objectFields(Event, (t) => ({
  allusions: t.loadableGroup({
    type: Statement,
    description:
      'Article statements that allude to this background event without stating it (ALLUDES_TO). Not evidence: the dates and details come from `citedIn`.',
    load: async (ids: string[], ctx) => {
      const rows = await listAllusions(ctx.client, ids);
      return rows.map((row) => ({ ...row.statement, alludedEventId: row.eventId }));
    },
    group: (s) => (s as StatementRecord & { alludedEventId: string }).alludedEventId,
    resolve: (e) => e.id,
  }),
  earliestFrom: t.field({
    type: Event,
    nullable: true,
    description:
      'Set when `earliest` is derived, not stated: the event (often a background one) whose date gave it through PRECEDES or a dated start.',
    resolve: (e) => (e.label === 'Event' ? e.earliestFrom : null),
  }),
  latestFrom: t.field({
    type: Event,
    nullable: true,
    description:
      'Set when `latest` is derived, not stated: the event (often a background one) whose date gave it through PRECEDES.',
    resolve: (e) => (e.label === 'Event' ? e.latestFrom : null),
  }),
}));
