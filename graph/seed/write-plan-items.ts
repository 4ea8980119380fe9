import type { Row } from '../client.js';
import { ENTITY_LABELS, type EntityLabel } from '../model/labels.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import type { SeedPlan } from './seed-plan.js';

// The items of a checked plan, written inside the caller's transaction: one UNWIND statement per
// kind of item (per label, per relationship type), each row a MERGE on the stable id followed by
// SET of the whole property map, so writing the same plan twice changes nothing. Label and type
// text comes only from the closed unions of graph/model.

// Review properties (status, version, who and when) are the write path's, not the seed files':
// a rewrite keeps them, and an item without them gets the seed's (accepted, version 1, by `seed`)
// in the same statement, instead of a later pass over every seeded item.
const replacePropsKeepingReview = (
  v: string,
  reviewed = 'true',
) => `WITH *, ${v} {.status, .version, .createdAt, .createdBy, .updatedAt, .updatedBy} AS review
SET ${v} = row.props, ${v} += CASE WHEN review.status IS NULL AND ${reviewed}
  THEN {status: 'ACCEPTED', version: 1, createdAt: datetime(), createdBy: 'seed', updatedAt: datetime(), updatedBy: 'seed'}
  ELSE review END`;

export const MERGE_SOURCES = `
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
WITH *, n {.status, .version, .createdAt, .createdBy, .updatedAt, .updatedBy} AS review
SET n = row.props, n += review
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

// Relationships without evidence ids are not reviewed items (as before: only evidenced ones
// carry a status).
export const MERGE_RELATIONSHIPS = Object.fromEntries(
  Object.keys(RELATIONSHIP_TYPES).map((type) => [
    type,
    `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
${replacePropsKeepingReview('r', 'row.props.evidenceIds IS NOT NULL')}
RETURN count(r) AS written`,
  ]),
) as Record<RelationshipType, string>;

export const MERGE_CITATIONS = `
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (src:Source {id: row.sourceId})
MERGE (e)-[:CITED_IN]->(src)
RETURN count(*) AS written`;

type Run = <T extends Row>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

/** Writes every item of the plan in the caller's transaction, in an order where ends exist. */
export async function writePlanItems(run: Run, plan: SeedPlan): Promise<void> {
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
}

/** Runs one batch; a row that found no endpoint would be silently lost, so that aborts the write. */
export async function written(run: Run, cypher: string, rows: readonly unknown[] | null): Promise<number> {
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
