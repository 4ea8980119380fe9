import type { Row } from '../client.js';
import type { SeedPlan } from '../seed/seed-plan.js';

// The seed loader's share of the write path. Seeded items are ACCEPTED, version 1, by `seed`.
// A reseed never silently overwrites what a person changed through the API since: such items
// (and ids merged away) are left out of the write and reported as conflicts; a --reset, which
// would delete them, is refused while they exist.
type Run = <T extends Row>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

export interface SeedConflict {
  id: string;
  /** Who changed it (a token name), or `merged into <id>`. */
  changedBy: string;
}

export const FIND_HUMAN_EDITS = `
CALL () {
  MATCH (n:Entity) WHERE n.id IN $entityIds AND coalesce(n.updatedBy, 'seed') <> 'seed'
  RETURN n.id AS id, n.updatedBy AS changedBy
  UNION
  MATCH (m:MergedEntity) WHERE m.id IN $entityIds
  RETURN m.id AS id, 'merged into ' + m.into AS changedBy
  UNION
  // From the plan's start entities that exist already: a new corpus has none, so this costs
  // one index seek per start entity instead of two per relationship.
  MATCH (a:Entity)-[r]->(:Entity)
  WHERE a.id IN $fromIds AND r.id IN $relationshipIds AND coalesce(r.updatedBy, 'seed') <> 'seed'
  RETURN r.id AS id, r.updatedBy AS changedBy
}
RETURN id, changedBy ORDER BY id`;

export const MARK_SEEDED_NODES = `
MATCH (n:Seeded) WHERE (n:Entity OR n:Statement) AND n.status IS NULL
SET n.status = 'ACCEPTED', n.version = 1, n.createdAt = datetime(), n.createdBy = 'seed',
  n.updatedAt = datetime(), n.updatedBy = 'seed'
RETURN count(n) AS marked`;

export const MARK_SEEDED_RELATIONSHIPS = `
MATCH (:Seeded)-[r]->(:Seeded) WHERE r.evidenceIds IS NOT NULL AND r.status IS NULL
SET r.status = 'ACCEPTED', r.version = 1, r.createdAt = datetime(), r.createdBy = 'seed',
  r.updatedAt = datetime(), r.updatedBy = 'seed'
RETURN count(r) AS marked`;

/** The plan without what people changed since seeding, and the list of those conflicts. */
export async function guardHumanEdits(
  run: Run,
  plan: SeedPlan,
  reset: boolean,
): Promise<{ plan: SeedPlan; conflicts: SeedConflict[] }> {
  const conflicts = await run<SeedConflict & Row>(FIND_HUMAN_EDITS, {
    entityIds: plan.entities.map((e) => e.id),
    fromIds: [...new Set(plan.relationships.map((r) => r.from))],
    relationshipIds: plan.relationships.map((r) => r.id),
  });
  if (conflicts.length === 0) return { plan, conflicts };
  if (reset) {
    throw new Error(
      `--reset would discard changes made through the API: ${conflicts.map((c) => `${c.id} (${c.changedBy})`).join(', ')}. Revert them, or reseed without --reset.`,
    );
  }
  const skip = new Set(conflicts.map((c) => c.id));
  const entities = plan.entities.filter((e) => !skip.has(e.id));
  return {
    conflicts,
    plan: {
      ...plan,
      entities,
      relationships: plan.relationships.filter(
        (r) => !skip.has(r.id) && !skip.has(r.from) && !skip.has(r.to),
      ),
      citations: plan.citations.filter((c) => !skip.has(c.eventId)),
    },
  };
}

/** Marks what this seed wrote (and what a reseed rewrote) as accepted, by `seed`. */
export async function markSeededAccepted(run: Run): Promise<void> {
  await run(MARK_SEEDED_NODES);
  await run(MARK_SEEDED_RELATIONSHIPS);
}
