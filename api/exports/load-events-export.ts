import type { GraphClient } from '../../graph/client.js';
import { exportEventDetails } from '../../graph/queries/export-event-details.js';
import { listTimelineEvents, type TimelineFilter } from '../../graph/queries/list-timeline-events.js';
import { toProvenance } from '../../graph/queries/provenance-row.js';
import type { EventExportRow } from './events-csv.js';
import type { EventsExportParams } from './export-params.js';

// The events of the CSV export: the very events, and the very order, that `timeline` answers
// for the same filters (the same stored order, read by the same query), plus each event's
// details. Read in keyset batches, so no single statement holds the whole corpus.
const BATCH = 1000;

export async function loadEventsExport(
  client: GraphClient,
  params: EventsExportParams,
): Promise<EventExportRow[]> {
  const filter: TimelineFilter = {
    from: params.from ?? null,
    to: params.to ?? null,
    certain: params.match === 'CERTAINLY',
    types: params.types ?? null,
    actorIds: params.actorIds ?? null,
    issueIds: params.issueIds ?? null,
  };
  const out: EventExportRow[] = [];
  for (let afterRank: number | null = null; ; ) {
    const rows = await listTimelineEvents(client, filter, {
      afterRank,
      beforeRank: null,
      limit: BATCH,
      backwards: false,
    });
    const details = await exportEventDetails(
      client,
      rows.map((row) => row.event.id),
    );
    for (const { event, sortDate } of rows) {
      out.push({
        event,
        sortDate,
        details: details.get(event.id) ?? {
          id: event.id,
          participants: [],
          places: [],
          issues: [],
          evidence: [],
          provenance: toProvenance(null),
        },
      });
    }
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return out;
    afterRank = last.rank;
  }
}
