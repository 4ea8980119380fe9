import { type GraphClient, type Row, runPlain } from '../client.js';
import { ENTITY_LABELS, type EntityLabel, NODE_LABELS } from '../model/labels.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import { storeOverviewScores } from '../overview/store-overview-scores.js';
import { storeTimelineOrder } from '../time/store-timeline-order.js';
import { guardHumanEdits, markSeededAccepted, type SeedConflict } from '../write/seed-guard.js';
import type { SeedPlan } from './seed-plan.js';

// Writes a checked plan in ONE write transaction: either all of it lands, or nothing does (a
// reset included). Every write is a MERGE on the stable id followed by SET of the whole
// property map, so writing the same plan twice changes nothing. Label and relationship-type
// text comes only from the closed unions of graph/model, one constant query per label/type.

// Review properties (status, version, who and when) are the write path's, not the seed files':
// replacing the seeded properties keeps them, so writing the same plan twice changes nothing.
const replacePropsKeepingReview = (
  v: string,
) => `WITH *, ${v} {.status, .version, .createdAt, .createdBy, .updatedAt, .updatedBy} AS review
SET ${v} = row.props, ${v} += review`;

export const DELETE_SEEDED = 'MATCH (n:Seeded) DETACH DELETE n RETURN count(*) AS written';

export const MERGE_SOURCES = `
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
${replacePropsKeepingReview('n')}
SET n.publishedAt = date(row.props.publishedAt), n:Seeded
RETURN count(n) AS written`;

export const MERGE_STATEMENTS = `
UNWIND $rows AS row
MATCH (src:Source {id: row.sourceId})
MERGE (s:Statement {id: row.id})
${replacePropsKeepingReview('s')}
SET s:Seeded
MERGE (s)-[:FROM_SOURCE]->(src)
RETURN count(s) AS written`;

// MERGE on the specific label (its own unique constraint); a clashing :Entity id left by hand
// then fails the Entity constraint and rolls the whole seed back instead of being adopted.
export const MERGE_ENTITIES = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
${replacePropsKeepingReview('n')}
SET n:Entity:Seeded${label === 'Event' ? ', n.earliest = date(row.props.earliest), n.latest = date(row.props.latest)' : ''}
RETURN count(n) AS written`,
  ]),
) as Record<EntityLabel, string>;

export const MERGE_EVIDENCE = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.entityId})
MATCH (s:Statement {id: row.statementId})
MERGE (n)-[:EVIDENCED_BY]->(s)
RETURN count(*) AS written`;

export const MERGE_ALLUSIONS = `
UNWIND $rows AS row
MATCH (e:Event {id: row.entityId})
MATCH (s:Statement {id: row.statementId})
MERGE (s)-[:ALLUDES_TO]->(e)
RETURN count(*) AS written`;

export const MERGE_RELATIONSHIPS = Object.fromEntries(
  Object.keys(RELATIONSHIP_TYPES).map((type) => [
    type,
    `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
${replacePropsKeepingReview('r')}
RETURN count(r) AS written`,
  ]),
) as Record<RelationshipType, string>;

export const MERGE_CITATIONS = `
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (src:Source {id: row.sourceId})
MERGE (e)-[:CITED_IN]->(src)
RETURN count(*) AS written`;

export const COUNT_SEEDED_NODES = `
MATCH (n:Seeded)
WITH [l IN labels(n) WHERE l IN $labels][0] AS label, CASE WHEN n:Source THEN n.kind END AS sourceKind
RETURN label, sourceKind, count(*) AS n`;

export const COUNT_SEEDED_RELATIONSHIPS = `
MATCH (:Seeded)-[r]->(:Seeded)
RETURN type(r) AS type, count(*) AS n`;

export const COUNT_STALE = 'MATCH (n:Seeded) WHERE NOT n.id IN $ids RETURN count(n) AS n';

export interface WriteResult {
  deleted: number;
  nodes: { label: string; sourceKind: string | null; n: number }[];
  relationships: { type: string; n: number }[];
  stale: number;
  /** Items changed through the API since seeding: left as they are, not overwritten. */
  conflicts: SeedConflict[];
}

export function writeSeedPlan(client: GraphClient, seedPlan: SeedPlan, reset: boolean): Promise<WriteResult> {
  return client.writeTx(async (tx) => {
    const run = <T extends Row>(cypher: string, params: Record<string, unknown> = {}) =>
      runPlain<T>(client, tx, cypher, params);
    const { plan, conflicts } = await guardHumanEdits(run, seedPlan, reset);
    const deleted = reset ? await written(run, DELETE_SEEDED, null) : 0;

    await written(run, MERGE_SOURCES, plan.sources);
    await written(run, MERGE_STATEMENTS, plan.statements);
    for (const label of ENTITY_LABELS) {
      await written(
        run,
        MERGE_ENTITIES[label],
        plan.entities.filter((e) => e.label === label),
      );
    }
    const evidence = plan.entities.flatMap((e) =>
      e.evidenceIds.map((statementId) => ({ entityId: e.id, statementId })),
    );
    await written(run, MERGE_EVIDENCE, evidence);
    const allusions = plan.entities.flatMap((e) =>
      e.allusionIds.map((statementId) => ({ entityId: e.id, statementId })),
    );
    await written(run, MERGE_ALLUSIONS, allusions);
    for (const type of Object.keys(RELATIONSHIP_TYPES) as RelationshipType[]) {
      await written(
        run,
        MERGE_RELATIONSHIPS[type],
        plan.relationships.filter((r) => r.type === type),
      );
    }
    await written(run, MERGE_CITATIONS, plan.citations);
    await markSeededAccepted(run);
    await storeTimelineOrder(run);
    // The plan's entities and the ends of its relationships: a chunk of a large corpus rescores
    // what it wrote, not the whole graph.
    await storeOverviewScores(run, [
      ...plan.entities.map((e) => e.id),
      ...plan.relationships.flatMap((r) => [r.from, r.to]),
    ]);

    const ids = [...seedPlan.sources, ...seedPlan.statements, ...seedPlan.entities].map((n) => n.id);
    return {
      deleted,
      nodes: await run(COUNT_SEEDED_NODES, { labels: [...NODE_LABELS] }),
      relationships: await run(COUNT_SEEDED_RELATIONSHIPS),
      stale: (await run<{ n: number }>(COUNT_STALE, { ids }))[0]?.n ?? 0,
      conflicts,
    };
  });
}

type Run = <T extends Row>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

/** Runs one batch; a row that found no endpoint would be silently lost, so that aborts the write. */
async function written(run: Run, cypher: string, rows: readonly unknown[] | null): Promise<number> {
  if (rows !== null && rows.length === 0) return 0;
  const result = await run<{ written: number }>(cypher, rows === null ? {} : { rows });
  const count = result[0]?.written ?? 0;
  if (rows !== null && count !== rows.length) {
    throw new Error(
      `Seed write wrote ${count} of ${rows.length} rows (${cypher.trim().split('\n')[1]}); rolled back.`,
    );
  }
  return count;
}
