import type { GraphClient } from '../client.js';
import {
  PRECEDES_ORDER,
  type PrecedesPair,
  TIMELINE_MATCH,
  type TimelineFilter,
} from './list-timeline-events.js';
import { listFilter } from './page.js';

// Same events and order data as LIST_TIMELINE_EVENTS, but only what placement needs: the API
// places them all, then loads full entities for the one page it returns.
export const LIST_TIMELINE_BOUNDS = `${TIMELINE_MATCH}
WITH collect(n { .id, .name, .earliest, .latest, .precision }) AS events
RETURN events, ${PRECEDES_ORDER} AS order`;

export interface TimelineBounds {
  id: string;
  name: string;
  earliest: string | null;
  latest: string | null;
  precision: string | null;
}

export async function listTimelineBounds(
  client: GraphClient,
  filter: TimelineFilter,
): Promise<{ events: TimelineBounds[]; order: PrecedesPair[] }> {
  const rows = await client.read<{ events: TimelineBounds[]; order: PrecedesPair[] }>(LIST_TIMELINE_BOUNDS, {
    from: filter.from ?? null,
    to: filter.to ?? null,
    certain: filter.certain,
    types: listFilter(filter.types),
    actorIds: listFilter(filter.actorIds),
    issueIds: listFilter(filter.issueIds),
  });
  const row = rows[0];
  return { events: row?.events ?? [], order: row?.order ?? [] };
}
