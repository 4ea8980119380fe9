import type { GraphClient } from '../client.js';
import type { DatePrecision } from '../model/date-precision.js';
import type { EventOrigin } from '../model/records.js';
import { DEFAULT_READ_STATUSES, REVIEW_STATUSES } from '../model/review-status.js';
import { OPEN_END, OPEN_START } from '../time/possible-span.js';
import {
  type EntityNode,
  entityProjection,
  PARTICIPATION_TYPES,
  relTypes,
  toEntityNode,
} from './entity-row.js';
import { cypherInt, listFilter } from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

// One timeline page in one statement, keyset-paginated on the stored order (timelineRank, kept
// by graph/time/store-timeline-order.ts), so a page costs about its own size whatever the
// corpus: the query starts from the most selective thing it was given (the chosen actors or
// issues, or the window through the possibleStart/possibleEnd indexes, else the rank index in
// order) and stops after `limit` rows. The window rule is graph/time/possible-span.ts's.

export interface TimelineFilter extends StatusFilter {
  from?: string | null;
  to?: string | null;
  certain: boolean;
  types?: readonly string[] | null;
  actorIds?: readonly string[] | null;
  issueIds?: readonly string[] | null;
  /** Events of these origins only (null: both). */
  origins?: readonly EventOrigin[] | null;
  /** Events of these date precisions only (null: any). */
  precisions?: readonly DatePrecision[] | null;
}

/** Where a page starts: strictly after / before a rank, read forwards or backwards. */
export interface TimelineSeek {
  afterRank: number | null;
  beforeRank: number | null;
  limit: number;
  backwards: boolean;
}

type Start = 'all' | 'actors' | 'issues' | 'window';

const PARTICIPATION = relTypes(...PARTICIPATION_TYPES);

// No bound is "the whole rank range", written as a range so the rank index can serve it.
const BEFORE_ANY = Number.MAX_SAFE_INTEGER;

const START: Record<Start, string> = {
  all: 'MATCH (n:Event)',
  actors: `MATCH (a:Actor)-[:${PARTICIPATION}]->(n:Event) WHERE a.id IN $actorIds WITH DISTINCT n`,
  issues: 'MATCH (n:Event)-[:CONCERNS]->(i:Issue) WHERE i.id IN $issueIds WITH DISTINCT n',
  // Closed spans can start at most maxSpan days before the window; open ones are few and
  // found by their sentinel day.
  window: `
WITH coalesce(COLLECT {
  MATCH (s:Event) WHERE s.spanDays >= 0 RETURN s.spanDays ORDER BY s.spanDays DESC LIMIT 1
}[0], 0) AS maxSpan
CALL (maxSpan) {
  MATCH (n:Event) WHERE n.possibleStart >= date($from) - duration({days: maxSpan}) AND n.possibleStart <= date($to)
  RETURN n
  UNION
  MATCH (n:Event) WHERE n.possibleStart = date('${OPEN_START}') RETURN n
  UNION
  MATCH (n:Event) WHERE n.possibleEnd = date('${OPEN_END}') RETURN n
}
WITH n`,
};

/** Every filter, applied to `n` whatever the start (re-checking the start's own is cheap). */
export const TIMELINE_FILTERS = `
WHERE n.timelineRank > $afterRank AND n.timelineRank < $beforeRank
  AND ${readable('n')}
  AND ($types IS NULL OR n.kind IN $types)
  AND ($origins IS NULL OR n.origin IN $origins)
  AND ($precisions IS NULL OR n.precision IN $precisions)
  AND ($actorIds IS NULL OR EXISTS { MATCH (a:Actor)-[:${PARTICIPATION}]->(n) WHERE a.id IN $actorIds })
  AND ($issueIds IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(i:Issue) WHERE i.id IN $issueIds })
  AND ($from IS NULL OR CASE WHEN $certain
        THEN n.earliest IS NOT NULL AND n.earliest >= date($from)
        ELSE n.possibleEnd >= date($from) END)
  AND ($to IS NULL OR CASE WHEN $certain
        THEN n.latest IS NOT NULL AND n.latest <= date($to)
        ELSE n.possibleStart <= date($to) END)`;

function pageQuery(start: Start, direction: 'ASC' | 'DESC'): string {
  return `${START[start]}${TIMELINE_FILTERS}
WITH n ORDER BY n.timelineRank ${direction} LIMIT $limit
RETURN n.timelineRank AS rank, n.placedBy AS placedBy, n.sortDate AS sortDate, ${entityProjection('n')} AS event`;
}

const STARTS: readonly Start[] = ['all', 'actors', 'issues', 'window'];

export const LIST_TIMELINE_EVENTS = Object.fromEntries(
  STARTS.map((start) => [start, { ASC: pageQuery(start, 'ASC'), DESC: pageQuery(start, 'DESC') }]),
) as Record<Start, Record<'ASC' | 'DESC', string>>;

export const COUNT_TIMELINE_EVENTS = Object.fromEntries(
  STARTS.map((start) => [start, `${START[start]}${TIMELINE_FILTERS}\nRETURN count(n) AS total`]),
) as Record<Start, string>;

// Without filters Neo4j answers from its count store, less the events of the statuses not asked
// for (found through the entity_status index: as many as there are proposals, not events).
export const COUNT_ALL_EVENTS = `
MATCH (n:Event) WITH count(n) AS stored
RETURN stored - COUNT { MATCH (h:Entity) WHERE h.status IN $hiddenStatuses AND h:Event } AS total`;

export type TimelinePlacement = 'DATE' | 'ORDER' | 'UNPLACED';

export interface TimelineRow {
  rank: number;
  placedBy: TimelinePlacement;
  sortDate: string | null;
  event: EntityNode;
}

export function startOf(filter: TimelineFilter): Start {
  if (listFilter(filter.actorIds)) return 'actors';
  if (listFilter(filter.issueIds)) return 'issues';
  if (filter.from && filter.to) return 'window';
  return 'all';
}

function filterParams(filter: TimelineFilter) {
  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    certain: filter.certain,
    types: listFilter(filter.types),
    actorIds: listFilter(filter.actorIds),
    issueIds: listFilter(filter.issueIds),
    ...statusParams(filter.status),
    origins: listFilter(filter.origins),
    precisions: listFilter(filter.precisions),
  };
}

/** One page in timeline order (reversed when reading backwards: the caller flips it). */
export async function listTimelineEvents(
  client: GraphClient,
  filter: TimelineFilter,
  seek: TimelineSeek,
): Promise<TimelineRow[]> {
  const cypher = LIST_TIMELINE_EVENTS[startOf(filter)][seek.backwards ? 'DESC' : 'ASC'];
  const rows = await client.read<Omit<TimelineRow, 'event'> & { event: Record<string, unknown> }>(cypher, {
    ...filterParams(filter),
    afterRank: cypherInt(seek.afterRank ?? -1),
    beforeRank: cypherInt(seek.beforeRank ?? BEFORE_ANY),
    limit: cypherInt(seek.limit),
  });
  return rows.map((row) => ({ ...row, event: toEntityNode(row.event) }));
}

/** How many events the filter keeps (the connection's totalCount, asked for separately). */
export async function countTimelineEvents(client: GraphClient, filter: TimelineFilter): Promise<number> {
  const start = startOf(filter);
  const params = filterParams(filter);
  const statuses = filter.status?.length ? filter.status : DEFAULT_READ_STATUSES;
  // Events stored before statuses existed count as accepted: the shortcut needs ACCEPTED asked for.
  const unfiltered =
    start === 'all' &&
    !listFilter(filter.types) &&
    !filter.from &&
    !filter.to &&
    !params.origins &&
    !params.precisions &&
    statuses.includes('ACCEPTED');
  const rows = unfiltered
    ? await client.read<{ total: number }>(COUNT_ALL_EVENTS, {
        hiddenStatuses: REVIEW_STATUSES.filter((status) => !statuses.includes(status)),
      })
    : await client.read<{ total: number }>(COUNT_TIMELINE_EVENTS[start], {
        ...params,
        afterRank: cypherInt(-1),
        beforeRank: cypherInt(BEFORE_ANY),
      });
  return rows[0]?.total ?? 0;
}
