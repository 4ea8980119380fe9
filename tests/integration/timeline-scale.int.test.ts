import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_PREFIX, generateCorpus } from '../../bench/corpus/generate-corpus.js';
import { GraphClient, runPlain } from '../../graph/client.js';
import { LIST_EVENTS } from '../../graph/queries/list-events.js';
import type { SeedPlan } from '../../graph/seed/seed-plan.js';
import { writeSeedPlan } from '../../graph/seed/write-seed-plan.js';
import { storeTimelineOrder } from '../../graph/time/store-timeline-order.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient, testNeo4j } from '../support/test-neo4j.js';

// Regression for issue 14: one timeline page, and one page of the events list, must not touch
// every event. A generated corpus of
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

/** Database hits of one read, summed over its query plan (PROFILE). */
async function dbHitsOf(cypher: string, params: Record<string, unknown>): Promise<number> {
  const { uri, username, password } = testNeo4j();
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  try {
    const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: 'READ' });
    type Step = { dbHits: number; children: Step[] };
    const sum = (step: Step): number => step.dbHits + step.children.reduce((n, c) => n + sum(c), 0);
    return summary.profile ? sum(summary.profile as unknown as Step) : Number.NaN;
  } finally {
    await driver.close();
  }
}

describe('events list on a generated corpus (issue 14)', () => {
  it('reads the first page in stored order and stops: far fewer db hits than events', async () => {
    const hits = await dbHitsOf(LIST_EVENTS, {
      types: null,
      origin: null,
      text: null,
      actorIds: null,
      issueIds: null,
      placeIds: null,
      statuses: ['ACCEPTED'],
      offset: neo4j.int(0),
      limit: neo4j.int(PAGE + 1),
    });
    // Sorting every event first reads each one at least twice (label scan and sort key); the
    // page's own projection (50 events with their evidence ids) costs about 1,300.
    expect(hits).toBeLessThan(EVENTS);
  });

  it('answers the same page as sorting every event by earliest, else latest, undated last', async () => {
    type Events = {
      events: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
    };
    const page = await app.graphql<Events>(
      `{ events(first: ${PAGE}) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`,
    );
    const sorted = await client.read<{ ids: string[]; total: number }>(
      `MATCH (n:Event) WHERE coalesce(n.status, 'ACCEPTED') = 'ACCEPTED'
       WITH n ORDER BY coalesce(toString(n.earliest), toString(n.latest), '~'), n.name, n.id
       WITH collect(n.id) AS ids
       RETURN ids[0..${PAGE}] AS ids, size(ids) AS total`,
    );
    expect(page.events.edges.map((e) => e.node.id)).toEqual(sorted[0]?.ids);
    expect(page.events.totalCount).toBe(sorted[0]?.total);
    expect(page.events.totalCount).toBeGreaterThanOrEqual(EVENTS);
    expect(page.events.pageInfo.hasNextPage).toBe(true);
  });
});
