import type { GraphClient } from '../client.js';
import type { EntityLabel } from '../model/labels.js';
import { DOMAIN_TYPES, type EntityNode, entityProjection, toEntityNode } from './entity-row.js';
import { cypherInt } from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

// The overview's candidates, each query bounded by what it starts from, never by the corpus:
// - `top`: the entity_overview_score index read from the top, stopping after `limit` matches;
// - `window`: the events that start or end in the window, through the possible-span indexes,
//   read only up to `cap` rows a side (a fuller window falls back to `topEvents`, the score
//   index filtered by the window);
// - `around`: the neighbours of given entities (the focus, or what was chosen), best first;
// - `ids`: given entities.
// The score is stored at write time (graph/overview/store-overview-scores.ts).

export interface OverviewFilter extends StatusFilter {
  labels: readonly EntityLabel[] | null;
  /** Events that may fall in [from, to] only (ISO dates); other kinds pass. */
  from: string | null;
  to: string | null;
}

const FILTERS = `${readable('n')}
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND ($from IS NULL OR NOT n:Event OR n.possibleEnd >= date($from))
  AND ($to IS NULL OR NOT n:Event OR n.possibleStart <= date($to))`;

const RETURN_ENTITY = `RETURN n.overviewScore AS score, ${entityProjection('n')} AS entity`;

export const OVERVIEW_TOP = `
MATCH (n:Entity) WHERE n.overviewScore >= 0 AND NOT n.id IN $exclude AND ${FILTERS}
WITH n ORDER BY n.overviewScore DESC LIMIT $limit
${RETURN_ENTITY}`;

export const OVERVIEW_TOP_EVENTS = `
MATCH (n:Entity) USING INDEX n:Entity(overviewScore)
WHERE n.overviewScore >= 0 AND n:Event AND ${FILTERS}
WITH n ORDER BY n.overviewScore DESC LIMIT $limit
${RETURN_ENTITY}`;

// The events known to start or end in the window, each side an index range read up to `cap`
// rows. Events whose possible span covers the whole window (dated only by a wider year, or open
// at both ends) are not ranked here: they stay one "+n more" expand away.
export const OVERVIEW_WINDOW_EVENTS = `
CALL () {
  MATCH (n:Event) WHERE n.possibleStart >= date($from) AND n.possibleStart <= date($to)
  RETURN n LIMIT $cap
  UNION
  MATCH (n:Event) WHERE n.possibleEnd >= date($from) AND n.possibleEnd <= date($to)
  RETURN n LIMIT $cap
}
WITH collect(n) AS found
UNWIND found AS n
WITH n, size(found) AS seen WHERE ${FILTERS}
WITH n, seen ORDER BY n.overviewScore DESC, n.id LIMIT $limit
RETURN seen, n.overviewScore AS score, ${entityProjection('n')} AS entity`;

export const OVERVIEW_AROUND = `
MATCH (f:Entity)-[r]-(n:Entity)
WHERE f.id IN $around AND NOT n.id IN $exclude AND type(r) IN $types AND ${readable('r')} AND ${FILTERS}
WITH DISTINCT n ORDER BY n.overviewScore DESC, n.id LIMIT $limit
${RETURN_ENTITY}`;

export const OVERVIEW_IDS = `
MATCH (n:Entity) WHERE n.id IN $ids AND ${FILTERS}
WITH n ORDER BY n.overviewScore DESC, n.id LIMIT $limit
${RETURN_ENTITY}`;

// Neighbours left out, counted up to MORE_CAP each so a hub costs at most that many reads.
export const MORE_CAP = 100;
export const OVERVIEW_MORE = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, size(COLLECT {
  MATCH (n)-[r]-(m:Entity)
  WHERE NOT m.id IN $ids AND type(r) IN $types AND ${readable('r', 'm')}
  RETURN DISTINCT m LIMIT ${MORE_CAP}
}) AS more`;

export interface ScoredEntity {
  score: number;
  entity: EntityNode;
  /** `window` only: rows read from the window (equal to `cap` when it held more). */
  seen?: number;
}

export type OverviewQuery = 'top' | 'topEvents' | 'window' | 'around' | 'ids';
const QUERIES: Record<OverviewQuery, string> = {
  top: OVERVIEW_TOP,
  topEvents: OVERVIEW_TOP_EVENTS,
  window: OVERVIEW_WINDOW_EVENTS,
  around: OVERVIEW_AROUND,
  ids: OVERVIEW_IDS,
};

export interface CandidateParams {
  limit: number;
  /** Ids to leave out (already chosen). */
  exclude?: readonly string[];
  /** `around`: whose neighbours; `ids`: which entities. */
  ids?: readonly string[];
  /** `window`: rows read at most from the window before ranking. */
  cap?: number;
}

/** The statement and params of one candidate query (exported so a spec can PROFILE them). */
export function overviewCandidateQuery(
  query: OverviewQuery,
  filter: OverviewFilter,
  params: CandidateParams,
): { cypher: string; params: Record<string, unknown> } {
  return {
    cypher: QUERIES[query],
    params: {
      labels: filter.labels && filter.labels.length > 0 ? [...filter.labels] : null,
      from: filter.from,
      to: filter.to,
      limit: cypherInt(params.limit),
      cap: cypherInt(params.cap ?? params.limit),
      exclude: [...(params.exclude ?? [])],
      around: [...(params.ids ?? [])],
      ids: [...(params.ids ?? [])],
      types: DOMAIN_TYPES,
      ...statusParams(filter.status),
    },
  };
}

/** Candidates of one kind, best first. */
export async function listOverviewCandidates(
  client: GraphClient,
  query: OverviewQuery,
  filter: OverviewFilter,
  params: CandidateParams,
): Promise<ScoredEntity[]> {
  if (params.limit <= 0) return [];
  type Row = { score: number | null; seen?: number; entity: Record<string, unknown> };
  const statement = overviewCandidateQuery(query, filter, params);
  const rows = await client.read<Row>(statement.cypher, statement.params);
  return rows.map((row) => ({ score: row.score ?? 0, seen: row.seen, entity: toEntityNode(row.entity) }));
}

/** For each id, how many readable neighbours are not among `ids` (up to MORE_CAP). */
export async function countMoreNeighbours(
  client: GraphClient,
  ids: readonly string[],
  filter: StatusFilter,
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await client.read<{ id: string; more: number }>(OVERVIEW_MORE, {
    ids: [...ids],
    types: DOMAIN_TYPES,
    ...statusParams(filter.status),
  });
  return new Map(rows.map((row) => [row.id, row.more]));
}
