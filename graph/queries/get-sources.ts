import type { GraphClient } from '../client.js';
import { type SourceNode, sourceProjection, toSourceNode } from './source-row.js';

export const GET_SOURCES = `
MATCH (src:Source) WHERE src.id IN $ids
RETURN ${sourceProjection('src')} AS source`;

/** The sources with these ids (without their full text), in no particular order. */
export async function getSources(client: GraphClient, ids: readonly string[]): Promise<SourceNode[]> {
  const rows = await client.read<{ source: Record<string, unknown> }>(GET_SOURCES, { ids: [...ids] });
  return rows.map((row) => toSourceNode(row.source));
}
