import type { GraphClient } from '../client.js';
import { runPlain } from '../client.js';
import type { EntityLabel } from '../model/labels.js';
import type { RelationshipRecord } from '../model/records.js';
import type { RelationshipType } from '../model/relationship-types.js';
import {
  DOMAIN_TYPES,
  type EntityNode,
  entityProjection,
  relationProjection,
  sortStatementIds,
  toEntityNode,
  toRelationRow,
} from './entity-row.js';
import { type Provenance, provenanceProjection, toProvenance } from './provenance-row.js';
import { readable } from './status-filter.js';

// The whole graph (or the kinds asked for) with the exact quotes behind every node and edge,
// for the file exports. Statements in one read transaction: one consistent snapshot. A file is
// built in memory within one request's budget, so it holds at most MAX_EXPORT_ENTITIES
// entities: a larger graph is refused up front with the count and how to ask for less, instead
// of running out of time half-way (issue 14: graph.json at 10,000 events was an HTTP 500).
export const MAX_EXPORT_ENTITIES = 5_000;

export const COUNT_EXPORT_ENTITIES = `
MATCH (n:Entity)
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ${readable('n')}
RETURN count(n) AS n`;

export class ExportTooLargeError extends Error {
  override readonly name = 'ExportTooLargeError';
  constructor(
    readonly entities: number,
    readonly limit: number,
  ) {
    super(
      `This export would hold ${entities} entities; one file holds at most ${limit}. Ask for fewer kinds (e.g. ?kinds=ACTOR,ISSUE) or relationship types, or read the graph page by page through GraphQL.`,
    );
  }
}

export const EXPORT_GRAPH_NODES = `
MATCH (n:Entity)
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ${readable('n')}
RETURN ${entityProjection('n')} AS entity, ${provenanceProjection('n')} AS provenance,
  COLLECT { MATCH (n)-[:EVIDENCED_BY]->(s:Statement) RETURN s { .id, .text } } AS evidence
ORDER BY n.id`;

// Only edges whose both ends were exported, so every edge's source and target exist in the file.
export const EXPORT_GRAPH_EDGES = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types AND ${readable('r')}
RETURN ${relationProjection('r')} AS relation, ${provenanceProjection('r')} AS provenance,
  COLLECT { MATCH (s:Statement) WHERE s.id IN r.evidenceIds RETURN s { .id, .text } } AS evidence
ORDER BY relation.id`;

export interface Quote {
  id: string;
  text: string;
}

export interface ExportNode {
  entity: EntityNode;
  /** The statements behind the entity, in reading order. */
  evidence: Quote[];
  provenance: Provenance;
}

export interface ExportEdge {
  relation: RelationshipRecord;
  /** The statements behind the relationship, in reading order. */
  evidence: Quote[];
  provenance: Provenance;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export interface ExportGraphFilter {
  /** Entity labels to keep; null keeps every kind. */
  labels: readonly EntityLabel[] | null;
  /** Relationship types to keep; null keeps every domain type. */
  types: readonly RelationshipType[] | null;
}

export async function exportGraph(
  client: GraphClient,
  filter: ExportGraphFilter,
  maxEntities = MAX_EXPORT_ENTITIES,
): Promise<ExportGraph> {
  const labels = filter.labels && filter.labels.length > 0 ? [...filter.labels] : null;
  return client.readTx(async (tx) => {
    const [count] = await runPlain<{ n: number }>(client, tx, COUNT_EXPORT_ENTITIES, { labels });
    if ((count?.n ?? 0) > maxEntities) throw new ExportTooLargeError(count?.n ?? 0, maxEntities);
    const nodeRows = await runPlain<{
      entity: Record<string, unknown>;
      evidence: Quote[];
      provenance: Record<string, unknown>;
    }>(client, tx, EXPORT_GRAPH_NODES, { labels });
    const nodes = nodeRows.map((row) => ({
      entity: toEntityNode(row.entity),
      evidence: inReadingOrder(row.evidence),
      provenance: toProvenance(row.provenance),
    }));
    const edgeRows = await runPlain<{
      relation: Record<string, unknown>;
      evidence: Quote[];
      provenance: Record<string, unknown>;
    }>(client, tx, EXPORT_GRAPH_EDGES, {
      ids: nodes.map((node) => node.entity.id),
      types: filter.types && filter.types.length > 0 ? [...filter.types] : DOMAIN_TYPES,
    });
    const edges = edgeRows.map((row) => ({
      relation: toRelationRow(row.relation),
      evidence: inReadingOrder(row.evidence),
      provenance: toProvenance(row.provenance),
    }));
    return { nodes, edges };
  });
}

/** Quotes sorted like `sortStatementIds` (by source, then offset). */
export function inReadingOrder(quotes: readonly Quote[]): Quote[] {
  const byId = new Map(quotes.map((quote) => [quote.id, quote]));
  return sortStatementIds([...byId.keys()]).flatMap((id) => {
    const quote = byId.get(id);
    return quote ? [quote] : [];
  });
}
