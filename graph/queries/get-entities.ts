import type { GraphClient } from '../client.js';
import { type EntityNode, entityProjection, toEntityNode } from './entity-row.js';

export const GET_ENTITIES = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN ${entityProjection('n')} AS entity`;

/** The entities with these ids, in no particular order; unknown ids are simply absent. */
export async function getEntities(client: GraphClient, ids: readonly string[]): Promise<EntityNode[]> {
  const rows = await client.read<{ entity: Record<string, unknown> }>(GET_ENTITIES, { ids: [...ids] });
  return rows.map((row) => toEntityNode(row.entity));
}
