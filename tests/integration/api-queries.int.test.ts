import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, firstCode, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// Every query of the API over real HTTP against the seeded Neo4j.
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

type Ids = { id: string }[];

describe('node and nodes', () => {
  it('resolve readable ids of every type, and null for an unknown one', async () => {
    const res = await api.query<{ nodes: ({ id: string; __typename: string } | null)[] }>(
      `{ nodes(ids: ["actor:ukraine", "place:istanbul", "event:istanbul-talks", "actor:nobody"]) { id __typename } }`,
    );
    expect(res.data?.nodes).toEqual([
      { id: 'actor:ukraine', __typename: 'Actor' },
      { id: 'place:istanbul', __typename: 'Place' },
      { id: 'event:istanbul-talks', __typename: 'Event' },
      null,
    ]);
  });

  it('resolves a statement and its source by id', async () => {
    const stats = await api.query<{ stats: { coverage: { source: { id: string } }[] } }>(
      '{ stats { coverage { source { id } } } }',
    );
    const sourceId = stats.data?.stats.coverage[0]?.source.id ?? '';
    const res = await api.query<{
      node: { statements: { id: string; text: string; source: { id: string } }[] };
    }>(`query($id: ID!) { node(id: $id) { ... on Source { statements { id text source { id } } } } }`, {
      id: sourceId,
    });
    const statement = res.data?.node.statements[0];
    expect(statement?.source.id).toBe(sourceId);
    const back = await api.query<{ node: { text: string } }>(
      `query($id: ID!) { node(id: $id) { ... on Statement { text } } }`,
      { id: statement?.id },
    );
    expect(back.data?.node.text).toBe(statement?.text);
  });

  it('answers BAD_USER_INPUT for an id that is not of this graph', async () => {
    expect(firstCode(await api.query('{ node(id: "ukraine") { id } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  type Hits = {
    search: {
      entity: { id: string };
      matchedIn: string;
      snippet: { text: string; html: string };
      statement?: { text: string } | null;
    }[];
  };

  it('finds Ukraine first for "Kyiv" (an alias)', async () => {
    const res = await api.query<Hits>(
      '{ search(query: "Kyiv") { entity { id } matchedIn snippet { text html } } }',
    );
    expect(res.data?.search[0]).toMatchObject({ entity: { id: 'actor:ukraine' }, matchedIn: 'ALIAS' });
    expect(res.data?.search[0]?.snippet.html).toContain('<mark>Kyiv</mark>');
  });

  it('finds the prisoner exchange for "swap"', async () => {
    const res = await api.query<Hits>('{ search(query: "swap", first: 3) { entity { id } } }');
    expect(res.data?.search.map((h) => h.entity.id)).toContain('event:most-recent-prisoner-exchange');
  });

  it('maps statement hits to the entities they evidence', async () => {
    const res = await api.query<Hits>(
      '{ search(query: "frontlines fighting continues", first: 20) { entity { id } matchedIn statement { text } snippet { text html } } }',
    );
    const hit = res.data?.search.find((h) => h.matchedIn === 'STATEMENT');
    expect(hit?.statement?.text).toBeTruthy();
  });

  it('keeps to the requested kinds', async () => {
    const res = await api.query<{ search: { entity: { entityKind: string } }[] }>(
      '{ search(query: "Istanbul", kinds: [PLACE]) { entity { entityKind } } }',
    );
    expect(res.data?.search.length).toBeGreaterThan(0);
    expect(new Set(res.data?.search.map((h) => h.entity.entityKind))).toEqual(new Set(['PLACE']));
  });

  it('treats Lucene syntax in the input as plain words', async () => {
    for (const query of ['name:Kyiv AND (', '"Kyiv', '*:*', 'Kyiv~~^^//\\\\', 'a] OR [b']) {
      const res = await api.query('query($q: String!) { search(query: $q) { entity { id } } }', { q: query });
      expect(res.errors, query).toBeUndefined();
    }
  });

  it('refuses an empty query', async () => {
    expect(firstCode(await api.query('{ search(query: "  ") { score } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('connections', () => {
  type Page = {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: Record<string, unknown>;
  };

  it.each([
    ['actors', 'kinds: [STATE]'],
    ['places', 'kinds: [CITY]'],
    ['issues', 'text: "prisoner"'],
    ['events', 'types: ["peace-talks"]'],
    ['claims', 'stances: [DEMANDS]'],
    ['sources', 'kinds: [ARTICLE]'],
  ])('%s filters (%s) and keeps a stable sort', async (field, filter) => {
    const all = await api.query<Record<string, Page>>(
      `{ ${field}(first: 100) { totalCount edges { node { id } } } }`,
    );
    const some = await api.query<Record<string, Page>>(
      `{ ${field}(${filter}, first: 100) { totalCount edges { node { id } } } }`,
    );
    const again = await api.query<Record<string, Page>>(`{ ${field}(first: 100) { edges { node { id } } } }`);
    const allIds = all.data?.[field]?.edges.map((e) => e.node.id) ?? [];
    const someIds = some.data?.[field]?.edges.map((e) => e.node.id) ?? [];
    expect(someIds.length).toBeGreaterThan(0);
    expect(someIds.length).toBeLessThanOrEqual(allIds.length);
    expect(someIds.every((id) => allIds.includes(id))).toBe(true);
    expect(again.data?.[field]?.edges.map((e) => e.node.id)).toEqual(allIds);
    expect(all.data?.[field]?.totalCount).toBe(allIds.length);
  });

  it('filters by related entities', async () => {
    const events = await api.query<{ events: { edges: { node: { id: string } }[] } }>(
      '{ events(actorIds: ["actor:turkey"], first: 50) { edges { node { id } } } }',
    );
    expect(events.data?.events.edges.map((e) => e.node.id)).toContain('event:istanbul-talks');
    const claims = await api.query<{
      claims: { edges: { node: { holders: { actor: { id: string } }[] } }[] };
    }>('{ claims(holderIds: ["actor:russia"]) { edges { node { holders { actor { id } } } } } }');
    for (const edge of claims.data?.claims.edges ?? []) {
      expect(edge.node.holders.map((h) => h.actor.id)).toContain('actor:russia');
    }
    const actors = await api.query<{ actors: { edges: { node: { id: string } }[] } }>(
      '{ actors(text: "kyiv") { edges { node { id } } } }',
    );
    expect(actors.data?.actors.edges.map((e) => e.node.id)).toEqual(['actor:ukraine']);
  });

  it('pages through to the last page and then an empty one', async () => {
    const first = await api.query<{ actors: Page }>(
      '{ actors(first: 5) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
    );
    const total = first.data?.actors.totalCount ?? 0;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: { data?: { actors: Page } | null } = await api.query<{ actors: Page }>(
        'query($after: String) { actors(first: 5, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
        { after },
      );
      const connection = res.data?.actors as Page;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) {
        expect(connection.edges.length).toBeGreaterThan(0);
        after = connection.pageInfo.endCursor as string;
        break;
      }
      after = connection.pageInfo.endCursor as string;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const empty = await api.query<{ actors: Page }>(
      'query($after: String) { actors(first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
      { after },
    );
    expect(empty.data?.actors.edges).toEqual([]);
    expect(empty.data?.actors.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
      endCursor: null,
    });
  });

  it('answers BAD_USER_INPUT for a bad cursor, a page over the cap and wrong-kind filter ids', async () => {
    expect(firstCode(await api.query('{ actors(after: "bm9wZQ==") { totalCount } }'))).toBe('BAD_USER_INPUT');
    expect(firstCode(await api.query('{ events(first: 1000) { totalCount } }'))).toBe('BAD_USER_INPUT');
    expect(firstCode(await api.query('{ events(actorIds: ["place:istanbul"]) { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('timeline', () => {
  type Timeline = {
    timeline: {
      totalCount: number;
      edges: {
        placedBy: string;
        sortDate: string | null;
        node: { id: string; earliest: string | null; latest: string | null; precision: string };
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
  const FIELDS =
    '{ totalCount edges { placedBy sortDate node { id earliest latest precision } } pageInfo { hasNextPage endCursor } }';

  it('orders dated and relative events together, each with its bounds', async () => {
    const res = await api.query<Timeline>(`{ timeline(first: 100) ${FIELDS} }`);
    const edges = res.data?.timeline.edges ?? [];
    expect(edges.length).toBe(res.data?.timeline.totalCount);
    const keys = edges.map((e) => e.sortDate ?? '9999');
    expect([...keys].sort()).toEqual(keys);
    const relative = edges.find((e) => e.node.id === 'event:most-recent-prisoner-exchange');
    expect(relative).toMatchObject({ placedBy: 'ORDER', node: { precision: 'RELATIVE' } });
    const invasion = edges.findIndex((e) => e.node.id === 'event:full-scale-invasion');
    expect(invasion).toBeGreaterThanOrEqual(0);
    expect(invasion).toBeLessThan(edges.indexOf(relative as never));
  });

  it('counts overlapping events with POSSIBLY and only contained ones with CERTAINLY', async () => {
    const possibly = await api.query<Timeline>(
      `{ timeline(from: "2025-01-01", to: "2025-12-31", first: 100) ${FIELDS} }`,
    );
    const certainly = await api.query<Timeline>(
      `{ timeline(from: "2025-01-01", to: "2025-12-31", match: CERTAINLY, first: 100) ${FIELDS} }`,
    );
    const p = possibly.data?.timeline.edges ?? [];
    const c = certainly.data?.timeline.edges ?? [];
    expect(c.length).toBeGreaterThan(0);
    expect(p.length).toBeGreaterThan(c.length);
    for (const edge of c) {
      expect(edge.node.earliest && edge.node.earliest >= '2025-01-01').toBe(true);
      expect(edge.node.latest && edge.node.latest <= '2025-12-31').toBe(true);
    }
    expect(p.map((e) => e.node.id)).toContain('event:most-recent-prisoner-exchange');
  });

  it('filters by actor, issue and type, and pages', async () => {
    const byActor = await api.query<Timeline>(
      `{ timeline(actorIds: ["actor:turkey"], first: 100) ${FIELDS} }`,
    );
    expect(byActor.data?.timeline.edges.map((e) => e.node.id)).toContain('event:istanbul-talks');
    const byIssue = await api.query<Timeline>(
      `{ timeline(issueIds: ["issue:prisoner-exchanges"], first: 100) ${FIELDS} }`,
    );
    expect(byIssue.data?.timeline.totalCount).toBeGreaterThan(0);
    const byType = await api.query<Timeline>(`{ timeline(types: ["peace-talks"], first: 2) ${FIELDS} }`);
    expect(byType.data?.timeline.edges.length).toBeLessThanOrEqual(2);
    const next = await api.query<Timeline>(
      `query($after: String) { timeline(types: ["peace-talks"], first: 2, after: $after) ${FIELDS} }`,
      { after: byType.data?.timeline.pageInfo.endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(
      firstCode(await api.query('{ timeline(from: "2025-02-01", to: "2025-01-01") { totalCount } }')),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('neighborhood', () => {
  type Hood = {
    neighborhood: {
      nodes: { id: string; label: string; kind: string; data: Record<string, unknown> }[];
      edges: { id: string; source: string; target: string; type: string; evidenceCount: number }[];
      truncated: boolean;
    };
  };
  const FIELDS = '{ nodes { id label kind data } edges { id source target type evidenceCount } truncated }';

  it('returns Cytoscape-ready nodes and edges around an entity', async () => {
    const res = await api.query<Hood>(`{ neighborhood(id: "actor:turkey") ${FIELDS} }`);
    const { nodes, edges, truncated } = res.data?.neighborhood ?? { nodes: [], edges: [], truncated: true };
    expect(nodes[0]).toMatchObject({
      id: 'actor:turkey',
      label: 'Turkey',
      kind: 'ACTOR',
      data: { id: 'actor:turkey' },
    });
    expect(truncated).toBe(false);
    const ids = new Set(nodes.map((n) => n.id));
    for (const edge of edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.evidenceCount).toBeGreaterThan(0);
    }
    expect(edges.some((e) => e.type === 'HOSTED' && e.target === 'event:istanbul-talks')).toBe(true);
  });

  it('grows with depth, stops at the limit and says so, and keeps to kinds', async () => {
    const one = await api.query<Hood>(`{ neighborhood(id: "actor:ukraine") ${FIELDS} }`);
    const two = await api.query<Hood>(`{ neighborhood(id: "actor:ukraine", depth: 2) ${FIELDS} }`);
    expect(two.data?.neighborhood.nodes.length).toBeGreaterThan(one.data?.neighborhood.nodes.length ?? 0);
    const small = await api.query<Hood>(
      `{ neighborhood(id: "actor:ukraine", depth: 2, limit: 5) ${FIELDS} }`,
    );
    expect(small.data?.neighborhood.nodes).toHaveLength(5);
    expect(small.data?.neighborhood.truncated).toBe(true);
    const events = await api.query<Hood>(`{ neighborhood(id: "actor:ukraine", kinds: [EVENT]) ${FIELDS} }`);
    expect(new Set(events.data?.neighborhood.nodes.slice(1).map((n) => n.kind))).toEqual(new Set(['EVENT']));
  });

  it('answers NOT_FOUND for an unknown entity and BAD_USER_INPUT for a bad depth', async () => {
    expect(firstCode(await api.query(`{ neighborhood(id: "actor:nobody") ${FIELDS} }`))).toBe('NOT_FOUND');
    expect(firstCode(await api.query(`{ neighborhood(id: "actor:ukraine", depth: 9) ${FIELDS} }`))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('paths', () => {
  type Paths = { paths: { length: number; nodes: Ids; edges: { source: string; target: string }[] }[] };

  it('finds shortest paths first, each a chain from `from` to `to`', async () => {
    const res = await api.query<Paths>(
      '{ paths(from: "actor:russia", to: "place:istanbul") { length nodes { id } edges { source target } } }',
    );
    const paths = res.data?.paths ?? [];
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(3);
    expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort());
    for (const path of paths) {
      expect(path.nodes[0]?.id).toBe('actor:russia');
      expect(path.nodes.at(-1)?.id).toBe('place:istanbul');
      expect(path.edges).toHaveLength(path.length);
    }
  });

  it('answers an empty list beyond maxLength, NOT_FOUND for an unknown end', async () => {
    const none = await api.query<Paths>(
      '{ paths(from: "actor:russia", to: "place:istanbul", maxLength: 1) { length } }',
    );
    expect(none.data?.paths).toEqual([]);
    expect(
      firstCode(await api.query('{ paths(from: "actor:russia", to: "place:atlantis") { length } }')),
    ).toBe('NOT_FOUND');
  });
});

describe('stats', () => {
  it('counts every kind and gives the article full sentence coverage', async () => {
    const res = await api.query<{
      stats: {
        counts: { kind: string; count: number }[];
        unevidencedEntityCount: number;
        coverage: { source: { kind: string }; coverage: number | null }[];
      };
    }>('{ stats { counts { kind count } unevidencedEntityCount coverage { source { kind } coverage } } }');
    const counts = Object.fromEntries(res.data?.stats.counts.map((c) => [c.kind, c.count]) ?? []);
    for (const kind of ['ACTOR', 'PLACE', 'ISSUE', 'EVENT', 'CLAIM']) expect(counts[kind]).toBeGreaterThan(0);
    expect(res.data?.stats.unevidencedEntityCount).toBe(0);
    const article = res.data?.stats.coverage.find((c) => c.source.kind === 'ARTICLE');
    expect(article?.coverage).toBeGreaterThan(0.9);
  });
});
