import type { GraphClient } from '../client.js';
import { ENTITY_LABELS } from '../model/labels.js';
import { DOMAIN_TYPES } from './entity-row.js';
import { type SourceNode, sourceProjection, toSourceNode } from './source-row.js';

const LABEL_LIST = `[${ENTITY_LABELS.map((label) => `'${label}'`).join(', ')}]`;

export const GET_STATS = `
RETURN COLLECT {
    MATCH (n:Entity)
    WITH head([l IN labels(n) WHERE l IN ${LABEL_LIST}]) AS label, n.kind AS kind, count(*) AS count
    RETURN {label: label, kind: kind, count: count}
  } AS kinds,
  COUNT { MATCH (n:Entity) WHERE NOT (n)-[:EVIDENCED_BY]->(:Statement) } AS unevidenced,
  COUNT { MATCH (:Statement) } AS statements,
  COUNT { MATCH ()-[r]->() WHERE type(r) IN $types } AS relationships,
  COLLECT { MATCH (src:Source) RETURN ${sourceProjection('src')} ORDER BY src.kind, src.title, src.id } AS sources`;

export interface GraphStats {
  kinds: { label: string; kind: string | null; count: number }[];
  unevidenced: number;
  statements: number;
  relationships: number;
  sources: SourceNode[];
}

export async function getStats(client: GraphClient): Promise<GraphStats> {
  const rows = await client.read<Omit<GraphStats, 'sources'> & { sources: Record<string, unknown>[] }>(
    GET_STATS,
    {
      types: [...DOMAIN_TYPES],
    },
  );
  const row = rows[0];
  if (!row) return { kinds: [], unevidenced: 0, statements: 0, relationships: 0, sources: [] };
  return { ...row, sources: row.sources.map(toSourceNode) };
}
