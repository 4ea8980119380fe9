import type { GraphClient } from '../client.js';
import { ENTITY_LABELS, type EntityLabel } from '../model/labels.js';
import { RELATIONSHIP_TYPE_NAMES } from '../model/relationship-types.js';
import { type SourceNode, sourceProjection, toSourceNode } from './source-row.js';

// What the graph holds. The headline counts come from Neo4j's count store, which keeps the number
// of nodes per label and of relationships per type: every branch below counts one label or one
// type with unlabelled ends, so the planner answers it in constant time however large the graph
// (tests/integration/graph-stats.int.test.ts checks the plan). Labels and types come from the
// model, so a new kind or type is counted without an edit here. The breakdowns that must read
// nodes (per `kind` value, unevidenced entities) are separate queries the API runs only on demand.

const countBranches = [
  ...ENTITY_LABELS.map(
    (label) => `MATCH (n:${label}) WITH count(n) AS count RETURN '${label}' AS name, count`,
  ),
  ...['Statement', 'Source'].map(
    (label) => `MATCH (n:${label}) WITH count(n) AS count RETURN '${label}' AS name, count`,
  ),
  ...RELATIONSHIP_TYPE_NAMES.map(
    (type) => `MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN '${type}' AS name, count`,
  ),
];

export const COUNT_GRAPH = countBranches.join('\nUNION ALL\n');

export interface GraphCounts {
  /** Entities per label, every label listed (zero included). */
  entities: Record<EntityLabel, number>;
  statements: number;
  sources: number;
  /** Domain relationships, all types together. */
  relationships: number;
}

export async function countGraph(client: GraphClient): Promise<GraphCounts> {
  const rows = await client.read<{ name: string; count: number }>(COUNT_GRAPH);
  const byName = new Map(rows.map((row) => [row.name, row.count]));
  const countOf = (name: string) => byName.get(name) ?? 0;
  return {
    entities: Object.fromEntries(ENTITY_LABELS.map((label) => [label, countOf(label)])) as Record<
      EntityLabel,
      number
    >,
    statements: countOf('Statement'),
    sources: countOf('Source'),
    relationships: RELATIONSHIP_TYPE_NAMES.reduce((sum, type) => sum + countOf(type), 0),
  };
}

const LABEL_LIST = `[${ENTITY_LABELS.map((label) => `'${label}'`).join(', ')}]`;

export const COUNT_SUB_KINDS = `
MATCH (n:Entity)
WITH head([l IN labels(n) WHERE l IN ${LABEL_LIST}]) AS label, n.kind AS kind, count(*) AS count
RETURN label, kind, count ORDER BY label, kind`;

export interface SubKindCount {
  label: EntityLabel;
  kind: string | null;
  count: number;
}

/** Entities per label and `kind` value (reads every entity: only when asked for). */
export function countSubKinds(client: GraphClient): Promise<SubKindCount[]> {
  return client.read<SubKindCount & Record<string, unknown>>(COUNT_SUB_KINDS);
}

export const COUNT_UNEVIDENCED = `
RETURN COUNT {
  MATCH (n:Entity)
  WHERE NOT (n)-[:EVIDENCED_BY]->(:Statement) AND NOT (n)-[:CITED_IN]->(:Source)
} AS count`;

/** Entities without evidence or, for background events, a cited reference (should be 0; reads every entity: only when asked for). */
export async function countUnevidenced(client: GraphClient): Promise<number> {
  const rows = await client.read<{ count: number }>(COUNT_UNEVIDENCED);
  return rows[0]?.count ?? 0;
}

export const LIST_SOURCE_COVERAGE = `
MATCH (src:Source)
RETURN ${sourceProjection('src')} AS source ORDER BY src.kind, src.title, src.id`;

/** Every source with its sentence coverage. */
export async function listSourceCoverage(client: GraphClient): Promise<SourceNode[]> {
  const rows = await client.read<{ source: Record<string, unknown> }>(LIST_SOURCE_COVERAGE);
  return rows.map((row) => toSourceNode(row.source));
}
