import type { GraphClient } from '../client.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../model/review-status.js';
import { type EntityNode, entityProjection, toEntityNode } from './entity-row.js';
import { readable } from './status-filter.js';

export const GET_ENTITIES = `
MATCH (n:Entity) WHERE n.id IN $ids AND ${readable('n')}
RETURN ${entityProjection('n')} AS entity`;

/**
 * The entities with these ids, in no particular order; unknown ids, and entities of other
 * statuses than `statuses` (default: any), are simply absent.
 */
export async function getEntities(
  client: GraphClient,
  ids: readonly string[],
  statuses: readonly ReviewStatus[] = REVIEW_STATUSES,
): Promise<EntityNode[]> {
  const rows = await client.read<{ entity: Record<string, unknown> }>(GET_ENTITIES, {
    ids: [...ids],
    statuses: [...statuses],
  });
  return rows.map((row) => toEntityNode(row.entity));
}
