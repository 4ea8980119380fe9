import { type GraphClient, type Row, runPlain } from '../client.js';
import { storeOverviewScores } from '../overview/store-overview-scores.js';
import { refreshTimelineOrder } from '../time/refresh-timeline-order.js';
import { guardHumanEdits, type SeedConflict } from '../write/seed-guard.js';
import type { SeedPlan } from './seed-plan.js';
import { writePlanItems } from './write-plan-items.js';

// A plan too large for one transaction (a corpus of many thousands of events), written as
// parts: each part in its own transaction through the same guard and item writes as
// writeSeedPlan, then the timeline order stored ONCE for the whole load (it reads every event,
// so storing it per part would make the load quadratic). A failed part leaves the parts before
// it written, without their order until the next load; each part is all or nothing.

export interface PartsResult {
  /** Nodes and relationships written, as the plan counts them (each write checks its count). */
  nodes: number;
  relationships: number;
  /** Events whose stored timeline placement changed. */
  placed: number;
  conflicts: SeedConflict[];
}

export async function writeSeedParts(client: GraphClient, parts: readonly SeedPlan[]): Promise<PartsResult> {
  const result: PartsResult = { nodes: 0, relationships: 0, placed: 0, conflicts: [] };
  for (const part of parts) {
    await client.writeTx(async (tx) => {
      const run = <T extends Row>(cypher: string, params: Record<string, unknown> = {}) =>
        runPlain<T>(client, tx, cypher, params);
      const { plan, conflicts } = await guardHumanEdits(run, part, false);
      await writePlanItems(run, plan);
      // Rescores what this part wrote (its entities and its relationships' ends), not the graph.
      await storeOverviewScores(run, [
        ...plan.entities.map((e) => e.id),
        ...plan.relationships.flatMap((r) => [r.from, r.to]),
      ]);
      result.conflicts.push(...conflicts);
      result.nodes += plan.sources.length + plan.statements.length + plan.entities.length;
      result.relationships +=
        plan.statements.length +
        plan.entities.reduce((n, e) => n + e.evidenceIds.length + e.allusionIds.length, 0) +
        plan.relationships.length +
        plan.citations.length;
    });
  }
  result.placed = await refreshTimelineOrder(client);
  return result;
}
