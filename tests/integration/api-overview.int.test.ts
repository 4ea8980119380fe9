import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, firstCode, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// The web's first view (issue 14): a bounded overview chosen by the server. Over real HTTP on the
// seeded graph, which is small enough for the default overview to hold all of it.
let client: GraphClient;
let api: AppUnderTest;

beforeAll(async () => {
  client = await connectTestClient();
  api = await startAppUnderTest(client);
});

afterAll(async () => {
  await api?.close();
  await client?.close();
});

interface OverviewResult {
  overview: {
    truncated: boolean;
    nodes: { id: string; score: number; moreNeighbors: number; entity: { entityKind: string } }[];
    edges: { id: string; source: string; target: string }[];
  };
}

const OVERVIEW = `query($limit: Int, $from: Date, $to: Date, $kinds: [EntityKind!], $issueIds: [ID!], $actorIds: [ID!], $ids: [ID!]) {
  overview(limit: $limit, from: $from, to: $to, kinds: $kinds, issueIds: $issueIds, actorIds: $actorIds, ids: $ids) {
    truncated
    nodes { id score moreNeighbors entity { entityKind } }
    edges { id source target }
  }
}`;

async function overview(variables: Record<string, unknown> = {}): Promise<OverviewResult['overview']> {
  return (await api.graphql<OverviewResult>(OVERVIEW, variables)).overview;
}

async function acceptedEntityIds(): Promise<string[]> {
  const rows = await client.read<{ id: string }>(
    "MATCH (n:Entity) WHERE coalesce(n.status, 'ACCEPTED') = 'ACCEPTED' RETURN n.id AS id ORDER BY id",
  );
  return rows.map((row) => row.id);
}

describe('overview', () => {
  it('holds every entity and relationship of the seed when the graph is smaller than the limit', async () => {
    const result = await overview();
    expect(result.nodes.map((n) => n.id).sort()).toEqual(await acceptedEntityIds());
    const total = await api.graphql<{ relationships: { totalCount: number } }>(
      'query { relationships(first: 1) { totalCount } }',
    );
    expect(result.edges).toHaveLength(total.relationships.totalCount);
    expect(result.truncated).toBe(false);
    expect(result.nodes.every((n) => n.moreNeighbors === 0)).toBe(true);
  });

  it('stores a score for every entity: twice its relationships plus its evidence', async () => {
    const wrong = await client.read<{ n: number }>(`
      MATCH (n:Entity)
      WHERE n.overviewScore IS NULL
         OR n.overviewScore <> 2 * COUNT { (n)--(:Entity) } + COUNT { (n)-[:EVIDENCED_BY]->() }
      RETURN count(n) AS n`);
    expect(wrong[0]?.n).toBe(0);
  });

  it('keeps the best scored entities and counts the neighbours it leaves out when the limit is small', async () => {
    const result = await overview({ limit: 5 });
    expect(result.nodes).toHaveLength(5);
    const scores = result.nodes.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const best = await client.read<{ score: number }>(
      'MATCH (n:Entity) RETURN n.overviewScore AS score ORDER BY score DESC LIMIT 5',
    );
    expect(scores).toEqual(best.map((row) => row.score));
    const shown = new Set(result.nodes.map((n) => n.id));
    expect(result.edges.every((e) => shown.has(e.source) && shown.has(e.target))).toBe(true);
    expect(result.truncated).toBe(true);
    expect(result.nodes.some((n) => n.moreNeighbors > 0)).toBe(true);
  });

  it('keeps only events that may fall in the window, with their context, when given one', async () => {
    const result = await overview({ from: '2022-01-01', to: '2022-12-31' });
    const events = result.nodes.filter((n) => n.entity.entityKind === 'EVENT').map((n) => n.id);
    expect(events.length).toBeGreaterThan(0);
    const outside = await client.read<{ id: string }>(
      `MATCH (n:Event) WHERE n.id IN $ids AND (n.possibleEnd < date('2022-01-01') OR n.possibleStart > date('2022-12-31'))
       RETURN n.id AS id`,
      { ids: events },
    );
    expect(outside).toEqual([]);
    expect(result.nodes.some((n) => n.entity.entityKind === 'ACTOR')).toBe(true);
  });

  it('keeps only the asked kinds when given kinds', async () => {
    const result = await overview({ kinds: ['ACTOR', 'ISSUE'] });
    expect(result.nodes.length).toBeGreaterThan(0);
    expect(new Set(result.nodes.map((n) => n.entity.entityKind))).toEqual(new Set(['ACTOR', 'ISSUE']));
  });

  it('starts from an issue and what is joined to it when given issueIds', async () => {
    const [issue] = await client.read<{ id: string }>(
      'MATCH (i:Issue)<-[:CONCERNS]-(:Event) RETURN i.id AS id ORDER BY id LIMIT 1',
    );
    const result = await overview({ issueIds: [issue?.id] });
    const ids = result.nodes.map((n) => n.id);
    expect(ids[0]).toBe(issue?.id);
    const joined = await client.read<{ id: string }>(
      'MATCH (:Issue {id: $id})--(n:Entity) RETURN DISTINCT n.id AS id',
      { id: issue?.id },
    );
    for (const row of joined) expect(ids).toContain(row.id);
  });

  it('shows given entities first, for a source on the review screen, when given ids', async () => {
    const some = (await acceptedEntityIds()).slice(0, 3);
    const result = await overview({ ids: some, limit: 3 });
    expect(result.nodes.map((n) => n.id).sort()).toEqual(some);
  });

  it('refuses a limit out of range, an inverted window and a wrong id with BAD_USER_INPUT', async () => {
    for (const variables of [
      { limit: 0 },
      { limit: 501 },
      { from: '2023-01-01', to: '2022-01-01' },
      { issueIds: ['actor:ukraine'] },
      { issueIds: ['issue:no-such-issue'] },
      { ids: ['nonsense'] },
    ]) {
      const response = await api.query(OVERVIEW, variables);
      expect(firstCode(response), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('asks for a token to read proposals', async () => {
    const response = await api.query('query { overview(status: [PROPOSED]) { truncated } }');
    expect(firstCode(response)).toBe('UNAUTHENTICATED');
  });
});
