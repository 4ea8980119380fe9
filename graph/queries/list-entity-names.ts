import type { GraphClient } from '../client.js';

// Ids with their names and aliases, to tell a client which id an unknown id probably meant.
export const LIST_ENTITY_NAMES = `
MATCH (n:Entity) WHERE $label IN labels(n)
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
ORDER BY id`;

export type EntityName = {
  id: string;
  name: string;
  aliases: string[];
};

export function listEntityNames(client: GraphClient, label: string): Promise<EntityName[]> {
  return client.read<EntityName>(LIST_ENTITY_NAMES, { label });
}
