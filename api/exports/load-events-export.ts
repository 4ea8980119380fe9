import type { GraphClient } from '../../graph/client.js';
import { exportEventDetails } from '../../graph/queries/export-event-details.js';
import { listTimelineEvents } from '../../graph/queries/list-timeline-events.js';
import { placeEvents } from '../logic/place-events.js';
import type { EventExportRow } from './events-csv.js';
import type { EventsExportParams } from './export-params.js';

// The events of the CSV export: the very events, and the very order, that `timeline` answers
// for the same filters (same query, same placement), plus each event's details.
export async function loadEventsExport(
  client: GraphClient,
  params: EventsExportParams,
): Promise<EventExportRow[]> {
  const { events, order } = await listTimelineEvents(client, {
    from: params.from ?? null,
    to: params.to ?? null,
    certain: params.match === 'CERTAINLY',
    types: params.types ?? null,
    actorIds: params.actorIds ?? null,
    issueIds: params.issueIds ?? null,
  });
  const placed = placeEvents(
    events.map((event) => ({
      ...event,
      earliest: (event.extra.earliest as string | null | undefined) ?? null,
      latest: (event.extra.latest as string | null | undefined) ?? null,
    })),
    order,
  );
  const details = await exportEventDetails(
    client,
    placed.map((p) => p.event.id),
  );
  return placed.map(({ event, sortDate }) => ({
    event,
    sortDate,
    details: details.get(event.id) ?? {
      id: event.id,
      participants: [],
      places: [],
      issues: [],
      evidence: [],
    },
  }));
}
