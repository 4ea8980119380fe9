import type { GraphClient } from '../client.js';
import { type EntityNode, entityProjection, toEntityNode } from './entity-row.js';
import { type SourceNode, sourceProjection, toSourceNode } from './source-row.js';

export const LIST_CITATIONS = `
MATCH (e:Event)-[:CITED_IN]->(src:Source)
WHERE e.id IN $eventIds OR src.id IN $sourceIds
RETURN ${entityProjection('e')} AS event, ${sourceProjection('src')} AS source
ORDER BY e.id, src.id`;

export interface Citation {
  event: EntityNode;
  source: SourceNode;
}

/** CITED_IN links of these events (references dating them) or of these sources. */
export async function listCitations(
  client: GraphClient,
  filter: { eventIds?: readonly string[]; sourceIds?: readonly string[] },
): Promise<Citation[]> {
  const rows = await client.read<{ event: Record<string, unknown>; source: Record<string, unknown> }>(
    LIST_CITATIONS,
    { eventIds: [...(filter.eventIds ?? [])], sourceIds: [...(filter.sourceIds ?? [])] },
  );
  return rows.map((row) => ({ event: toEntityNode(row.event), source: toSourceNode(row.source) }));
}
