import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_PREFIX, generateCorpus } from '../../bench/corpus/generate-corpus.js';
import { GraphClient, runPlain } from '../../graph/client.js';
import type { SeedPlan } from '../../graph/seed/seed-plan.js';
import { writeSeedPlan } from '../../graph/seed/write-seed-plan.js';
import { storeTimelineOrder } from '../../graph/time/store-timeline-order.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient, testNeo4j } from '../support/test-neo4j.js';

// Regression for issue 14: one timeline page must not touch every event. A generated corpus of
// a few thousand events goes through the seed writer (which stores the order), then PROFILE
// counts what a page costs. The corpus is removed afterwards and the seed's order restored.
const EVENTS = 3000;
const PAGE = 50;
// Writing thousands of rows into Neo4j on a loaded 2-core machine takes minutes, not seconds.
const SETUP_BUDGET_MS = 600_000;

let client: GraphClient;
let app: AppUnderTest;

/** The corpus without its evidence statements: this spec is about events and their order. */
function eventsOnly(plan: SeedPlan): SeedPlan {
  return { ...plan, statements: [], entities: plan.entities.map((e) => ({ ...e, evidenceIds: [] })) };
}

async function removeCorpus(writer: GraphClient): Promise<void> {
  await writer.writeTx(async (tx) => {
    const run = <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
      runPlain<T>(writer, tx, cypher, params);
    await run('MATCH (n:Seeded) WHERE n.id CONTAINS $marker DETACH DELETE n', {
      marker: `:${CORPUS_PREFIX}`,
    });
    await storeTimelineOrder(run);
  });
}

beforeAll(async () => {
  client = await connectTestClient();
  // The corpus write is one large transaction: give it the setup's budget, not a request's.
  const { uri, username, password } = testNeo4j();
  const writer = await GraphClient.connect({
    uri,
    username,
    password,
    transactionTimeoutMs: SETUP_BUDGET_MS,
  });
  try {
    await removeCorpus(writer);
    await writeSeedPlan(writer, eventsOnly(generateCorpus(EVENTS)), false);
  } finally {
    await writer.close();
  }
  app = await startAppUnderTest(client);
}, SETUP_BUDGET_MS);

afterAll(async () => {
  await app?.close();
  if (client) {
    const { uri, username, password } = testNeo4j();
    const writer = await GraphClient.connect({
      uri,
      username,
      password,
      transactionTimeoutMs: SETUP_BUDGET_MS,
    });
    await removeCorpus(writer).finally(() => writer.close());
  }
  await client?.close();
}, SETUP_BUDGET_MS);

describe('timeline on a generated corpus (issue 14)', () => {
  it('stores an order that never contradicts PRECEDES and pages through it by cursor', async () => {
    const broken = await client.read<{ n: number }>(
      'MATCH (a:Event)-[:PRECEDES]->(b:Event) WHERE a.timelineRank >= b.timelineRank RETURN count(*) AS n',
    );
    expect(broken[0]?.n).toBe(0);
    type Page = {
      timeline: {
        edges: { cursor: string; placedBy: string; sortDate: string | null; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const query = `query ($after: String) { timeline(first: ${PAGE}, after: $after) {
      edges { cursor placedBy sortDate node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = await app.graphql<Page>(query);
    const second = await app.graphql<Page>(query, { after: first.timeline.pageInfo.endCursor });
    const edges = [...first.timeline.edges, ...second.timeline.edges];
    expect(edges).toHaveLength(2 * PAGE);
    expect(new Set(edges.map((e) => e.node.id)).size).toBe(2 * PAGE);
    const dates = edges.map((e) => e.sortDate ?? '9999-12-31');
    expect([...dates].sort()).toEqual(dates);
    expect(second.timeline.pageInfo.hasNextPage).toBe(true);
  });
});
