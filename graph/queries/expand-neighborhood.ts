import type { GraphClient } from '../client.js';
import type { EntityLabel } from '../model/labels.js';
import type { EventOrigin } from '../model/records.js';
import { DOMAIN_TYPES, type EntityNode, entityProjection, toEntityNode } from './entity-row.js';
import { cypherInt } from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

// One breadth-first step: the not-yet-seen neighbours of the frontier over domain relationships.
export const EXPAND_NEIGHBORHOOD = `
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $frontier AND type(r) IN $types AND NOT m.id IN $seen AND ${readable('r', 'm')}
  AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  AND ($origins IS NULL OR NOT m:Event OR m.origin IN $origins)
WITH DISTINCT m
ORDER BY m.name, m.id
LIMIT $limit
RETURN ${entityProjection('m')} AS entity`;

export interface ExpandParams extends StatusFilter {
  frontier: readonly string[];
  seen: readonly string[];
  labels: readonly EntityLabel[] | null;
  /** Events of these origins only (null: any); entities of other labels always pass. */
  origins?: readonly EventOrigin[] | null;
  /** Rows to return at most (ask one more than you need to learn about truncation). */
  limit: number;
}

export async function expandNeighborhood(client: GraphClient, params: ExpandParams): Promise<EntityNode[]> {
  const rows = await client.read<{ entity: Record<string, unknown> }>(EXPAND_NEIGHBORHOOD, {
    frontier: [...params.frontier],
    seen: [...params.seen],
    labels: params.labels && params.labels.length > 0 ? [...params.labels] : null,
    origins: params.origins ? [...params.origins] : null,
    types: DOMAIN_TYPES,
    limit: cypherInt(params.limit),
    ...statusParams(params.status),
  });
  return rows.map((row) => toEntityNode(row.entity));
}
