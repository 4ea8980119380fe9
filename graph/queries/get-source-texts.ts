import type { GraphClient } from '../client.js';

export const GET_SOURCE_TEXTS = `
MATCH (src:Source) WHERE src.id IN $ids
RETURN src.id AS id, src.text AS text`;

/** Full texts of sources, fetched only when a client asks for `Source.text`. */
export async function getSourceTexts(
  client: GraphClient,
  ids: readonly string[],
): Promise<{ id: string; text: string | null }[]> {
  return client.read<{ id: string; text: string | null }>(GET_SOURCE_TEXTS, { ids: [...ids] });
}
