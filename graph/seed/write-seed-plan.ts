import { type GraphClient, type Row, runPlain } from '../client.js';
import { NODE_LABELS } from '../model/labels.js';
import { storeOverviewScores } from '../overview/store-overview-scores.js';
import { storeTimelineOrder } from '../time/store-timeline-order.js';
import { guardHumanEdits, markSeededAccepted, type SeedConflict } from '../write/seed-guard.js';
import type { SeedPlan } from './seed-plan.js';
import { writePlanItems, written } from './write-plan-items.js';

// Writes a checked plan in ONE write transaction: either all of it lands, or nothing does (a
// reset included). The items go through writePlanItems (MERGE on stable ids, so writing the same
// plan twice changes nothing); then the timeline order is stored and the seeded items counted.

export const DELETE_SEEDED = 'MATCH (n:Seeded) DETACH DELETE n RETURN count(*) AS written';

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

    await writePlanItems(run, plan);
    // Seeded items stored before review statuses existed, outside this plan, become accepted too.
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
