import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_PREFIX, generateCorpus } from '../../bench/corpus/generate-corpus.js';
import { GraphClient, runPlain } from '../../graph/client.js';
import { storeOverviewScores } from '../../graph/overview/store-overview-scores.js';
import {
  type CandidateParams,
  type OverviewFilter,
  type OverviewQuery,
  overviewCandidateQuery,
} from '../../graph/queries/get-overview.js';
import { writeSeedPlan } from '../../graph/seed/write-seed-plan.js';
import { storeTimelineOrder } from '../../graph/time/store-timeline-order.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { type ProfiledOperator, profileQuery } from '../support/profile-query.js';
import { connectTestClient, testNeo4j } from '../support/test-neo4j.js';

// Regression for issue 14: the overview must not touch every entity for one request. A generated
// corpus of a few thousand events goes through the seed writer (which stores the scores), then
// PROFILE counts the rows each of the overview's candidate queries handles. The corpus is removed
// afterwards and the seed's order and scores restored.
const EVENTS = 3000;
const LIMIT = 200;
// Rows any one operator may handle: a few times the limit, far below the corpus (≈ 4,000 entities).
const MAX_ROWS = 1000;
const SETUP_BUDGET_MS = 600_000;

let client: GraphClient;
let app: AppUnderTest;

async function withWriter(work: (writer: GraphClient) => Promise<void>): Promise<void> {
  const { uri, username, password } = testNeo4j();
  const writer = await GraphClient.connect({
    uri,
    username,
    password,
    transactionTimeoutMs: SETUP_BUDGET_MS,
  });
  try {
    await work(writer);
  } finally {
    await writer.close();
  }
}

async function removeCorpus(writer: GraphClient): Promise<void> {
  await writer.writeTx(async (tx) => {
    const run = <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
      runPlain<T>(writer, tx, cypher, params);
    await run('MATCH (n:Seeded) WHERE n.id CONTAINS $marker DETACH DELETE n', {
      marker: `:${CORPUS_PREFIX}`,
    });
    await storeTimelineOrder(run);
    await storeOverviewScores(run, null);
  });
}

beforeAll(async () => {
  client = await connectTestClient();
  await withWriter(async (writer) => {
    await removeCorpus(writer);
    await writeSeedPlan(writer, generateCorpus(EVENTS), false);
  });
  app = await startAppUnderTest(client);
}, SETUP_BUDGET_MS);

afterAll(async () => {
  await app?.close();
  if (client) await withWriter(removeCorpus);
  await client?.close();
}, SETUP_BUDGET_MS);

const NO_FILTER: OverviewFilter = { labels: null, from: null, to: null };

async function profile(query: OverviewQuery, filter: OverviewFilter, params: CandidateParams) {
  const statement = overviewCandidateQuery(query, filter, params);
  return profileQuery(client, statement.cypher, statement.params);
}

function busiest(plan: ProfiledOperator[]): ProfiledOperator {
  return plan.reduce((a, b) => (b.rows > a.rows ? b : a));
}

describe('overview on a generated corpus (issue 14)', () => {
  it('reads the top of the score index, not every entity, for the unfiltered overview', async () => {
    const plan = await profile('top', NO_FILTER, { limit: LIMIT });
    expect(plan.map((op) => op.operator)).not.toContain('NodeByLabelScan');
    expect(plan.some((op) => op.details.includes('overviewScore'))).toBe(true);
    expect(busiest(plan).rows, JSON.stringify(busiest(plan))).toBeLessThanOrEqual(MAX_ROWS);
  });

  it('reads only the events of a narrow window through the span indexes', async () => {
    const month = { ...NO_FILTER, from: '2020-03-01', to: '2020-03-31' };
    const plan = await profile('window', month, { limit: LIMIT, cap: 3000 });
    expect(plan.map((op) => op.operator)).not.toContain('NodeByLabelScan');
    expect(busiest(plan).rows, JSON.stringify(busiest(plan))).toBeLessThanOrEqual(MAX_ROWS);
  });

  it('stops at the cap in a wide window, and the score index answers it instead', async () => {
    const wide = { ...NO_FILTER, from: '2014-01-01', to: '2026-12-31' };
    const capped = await profile('window', wide, { limit: LIMIT, cap: 500 });
    // Two index ranges of at most `cap` rows each.
    expect(busiest(capped).rows, JSON.stringify(busiest(capped))).toBeLessThanOrEqual(2 * 500);
    const top = await profile('topEvents', wide, { limit: LIMIT });
    expect(top.map((op) => op.operator)).not.toContain('NodeByLabelScan');
    expect(busiest(top).rows, JSON.stringify(busiest(top))).toBeLessThanOrEqual(MAX_ROWS);
  });

  it('answers the whole overview over HTTP with at most the limit and "+n more" counts', async () => {
    type Result = { overview: { truncated: boolean; nodes: { id: string; moreNeighbors: number }[] } };
    const result = await app.graphql<Result>(
      'query { overview(limit: 200) { truncated nodes { id moreNeighbors } } }',
    );
    expect(result.overview.nodes).toHaveLength(200);
    expect(result.overview.truncated).toBe(true);
    expect(result.overview.nodes.some((n) => n.moreNeighbors > 0)).toBe(true);
    const windowed = await app.graphql<Result>(
      'query { overview(from: "2014-01-01", to: "2026-12-31") { truncated nodes { id moreNeighbors } } }',
    );
    expect(windowed.overview.nodes.length).toBeGreaterThan(100);
  });
});
