import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { ENTITY_LABELS } from '../../graph/model/labels.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../graph/model/relationship-types.js';
import { COUNT_GRAPH, countGraph, countSubKinds } from '../../graph/queries/get-stats.js';
import { connectTestClient } from '../support/test-neo4j.js';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operatorsOf(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operatorsOf)];
}

describe('graph stats', () => {
  let client: GraphClient;
  beforeAll(async () => {
    // The count query is one UNION of a branch per label and type: planning it cold on a busy
    // machine took 20 s once, so these specs allow minutes (it is planned once, then cached).
    client = await connectTestClient({ transactionTimeoutMs: 120_000 });
  });
  afterAll(async () => {
    await client.close();
  });

  it('answers every headline count from the count store, never by scanning', async () => {
    const operators = await client.readTx(async (tx) => {
      const result = await tx.run(`EXPLAIN ${COUNT_GRAPH}`);
      return operatorsOf(result.summary.plan as PlanNode);
    });
    expect(operators.filter((op) => op === 'NodeCountFromCountStore')).toHaveLength(ENTITY_LABELS.length + 2);
    expect(operators.filter((op) => op === 'RelationshipCountFromCountStore')).toHaveLength(
      RELATIONSHIP_TYPE_NAMES.length,
    );
    expect(operators.filter((op) => /Scan|Expand|Seek/.test(op))).toEqual([]);
  }, 150_000);

  it('counts the same entities, statements and relationships a full scan finds', async () => {
    const [scanned] = await client.read<{ statements: number; relationships: number; sources: number }>(
      `RETURN COUNT { MATCH (:Statement) } AS statements, COUNT { MATCH (:Source) } AS sources,
        COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types } AS relationships`,
      { types: RELATIONSHIP_TYPE_NAMES },
    );
    const perKind = await countSubKinds(client);
    const counts = await countGraph(client);
    for (const label of ENTITY_LABELS) {
      const expected = perKind.filter((row) => row.label === label).reduce((sum, row) => sum + row.count, 0);
      expect(counts.entities[label], label).toBe(expected);
      expect(expected, label).toBeGreaterThan(0);
    }
    expect(counts).toMatchObject(scanned ?? {});
  }, 150_000);
});
