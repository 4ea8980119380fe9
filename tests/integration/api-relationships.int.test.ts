import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, firstCode, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// Relationships on their own: one page over all of them, one by id, and from the statements
// that are their evidence. Over real HTTP on the seeded graph.
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

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  evidenceCount: number;
  evidence: { id: string; text: string }[];
}

interface Page {
  relationships: {
    totalCount: number;
    edges: { cursor: string; node: Edge }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query($first: Int, $after: String, $types: [RelationType!], $entityIds: [ID!]) {
  relationships(first: $first, after: $after, types: $types, entityIds: $entityIds) {
    totalCount
    edges { cursor node { id type source target evidenceCount evidence { id text } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

async function page(variables: Record<string, unknown>): Promise<Page['relationships']> {
  const res = await api.query<Page>(PAGE, variables);
  expect(res.errors).toBeUndefined();
  return (res.data as Page).relationships;
}

async function all(variables: Record<string, unknown> = {}): Promise<Edge[]> {
  const edges: Edge[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const p = await page({ ...variables, first: 100, after });
    edges.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage) return edges;
    after = p.pageInfo.endCursor;
  }
  throw new Error('relationships did not end');
}

describe('relationships', () => {
  it('pages through every relationship once, sorted by id, each with evidence', async () => {
    const edges = await all();
    const { totalCount } = await page({ first: 0 });
    expect(edges).toHaveLength(totalCount);
    expect(totalCount).toBeGreaterThan(100);
    const ids = edges.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const edge of edges) {
      expect(edge.evidenceCount, edge.id).toBeGreaterThan(0);
      expect(edge.evidence).toHaveLength(edge.evidenceCount);
      expect(edge.evidence.every((s) => s.text.length > 0)).toBe(true);
    }
  });

  it('gives 50 by default and says there is more', async () => {
    const res = await api.query<Page>('{ relationships { edges { cursor } pageInfo { hasNextPage } } }');
    expect(res.data?.relationships.edges).toHaveLength(50);
    expect(res.data?.relationships.pageInfo.hasNextPage).toBe(true);
  });

  it('returns an empty page with the total when first is 0', async () => {
    const p = await page({ first: 0 });
    expect(p.edges).toEqual([]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, endCursor: null });
  });

  it('ends on a short last page and an empty page after it', async () => {
    const { totalCount } = await page({ first: 0 });
    const before = await page({ first: 100, after: null });
    let last = before;
    while (last.pageInfo.hasNextPage) last = await page({ first: 100, after: last.pageInfo.endCursor });
    expect(last.edges.length).toBe(totalCount % 100 || 100);
    const after = await page({ first: 10, after: last.pageInfo.endCursor });
    expect(after.edges).toEqual([]);
    expect(after.pageInfo.hasNextPage).toBe(false);
    expect(after.pageInfo.hasPreviousPage).toBe(true);
  });

  it.each([
    ['a cursor it did not hand out', { after: 'bm90LWEtY3Vyc29y' }],
    ['first over the cap', { first: 101 }],
    ['a negative first', { first: -1 }],
    ['a non-entity id', { entityIds: ['source:x'] }],
  ])('answers BAD_USER_INPUT to %s', async (_name, variables) => {
    const res = await api.query(PAGE, variables);
    expect(firstCode(res)).toBe('BAD_USER_INPUT');
  });

  it('keeps only the given types', async () => {
    const holds = await all({ types: ['HOLDS', 'OPPOSES'] });
    expect(holds.length).toBeGreaterThan(0);
    expect(new Set(holds.map((e) => e.type))).toEqual(new Set(['HOLDS', 'OPPOSES']));
    const every = await all();
    expect(holds).toEqual(every.filter((e) => e.type === 'HOLDS' || e.type === 'OPPOSES'));
  });

  it('keeps relationships touching any of the given entities, at either end', async () => {
    const ids = ['actor:ukraine', 'place:istanbul'];
    const touching = await all({ entityIds: ids });
    const every = await all();
    expect(touching.length).toBeGreaterThan(0);
    expect(touching).toEqual(every.filter((e) => ids.includes(e.source) || ids.includes(e.target)));
    expect(touching.some((e) => e.target === 'actor:ukraine')).toBe(true);
  });

  it('combines filters, and answers an entity not in the graph with BAD_USER_INPUT rather than nothing', async () => {
    const none = await api.query(PAGE, { entityIds: ['actor:nobody'] });
    expect(firstCode(none)).toBe('BAD_USER_INPUT');
    expect(none.errors?.[0]?.message).toContain('actor:nobody');
    const both = await all({ entityIds: ['actor:ukraine'], types: ['PARTICIPATED_IN'] });
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((e) => e.type === 'PARTICIPATED_IN' && e.source === 'actor:ukraine')).toBe(true);
  });
});

describe('relationship', () => {
  it('returns the relationship with that id, as the page lists it', async () => {
    const [first] = (await page({ first: 1, after: null })).edges;
    const res = await api.query<{ relationship: Edge | null }>(
      'query($id: ID!) { relationship(id: $id) { id type source target evidenceCount evidence { id text } } }',
      { id: first?.node.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.relationship).toEqual(first?.node);
  });

  it('returns null when no relationship has that id', async () => {
    const res = await api.query<{ relationship: Edge | null }>(
      '{ relationship(id: "actor:ukraine|HOLDS|claim:nothing-like-this") { id } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.relationship).toBeNull();
  });

  it('answers BAD_USER_INPUT when the id is not a relationship id', async () => {
    const res = await api.query('{ relationship(id: "actor:ukraine") { id } }');
    expect(firstCode(res)).toBe('BAD_USER_INPUT');
  });
});

describe('Statement.supports', () => {
  const QUERY = `{
    sources(first: 100) { edges { node { statements {
      id role evidenceFor { id }
      supports { entities { id } relationships { id evidence { id } } }
    } } } }
  }`;

  interface Statement {
    id: string;
    role: string;
    evidenceFor: { id: string }[];
    supports: { entities: { id: string }[]; relationships: { id: string; evidence: { id: string }[] }[] };
  }

  it('lists every relationship a statement is evidence of, over all statements in bounded round-trips', async () => {
    const before = client.queryCount;
    const res = await api.query<{ sources: { edges: { node: { statements: Statement[] } }[] } }>(QUERY);
    const roundTrips = client.queryCount - before;
    expect(res.errors).toBeUndefined();
    const statements = res.data?.sources.edges.flatMap((e) => e.node.statements) ?? [];
    expect(statements.length).toBeGreaterThan(100);
    // sources, statements, supported entities, evidenceFor, supported relationships, their evidence.
    expect(roundTrips).toBeLessThanOrEqual(6);

    const supported = new Map<string, string[]>();
    for (const statement of statements) {
      expect(statement.supports.entities).toEqual(statement.evidenceFor);
      if (statement.role === 'NO_CLAIM') {
        expect(statement.supports.entities).toEqual([]);
        expect(statement.supports.relationships).toEqual([]);
      }
      for (const relationship of statement.supports.relationships) {
        expect(relationship.evidence.map((s) => s.id)).toContain(statement.id);
        supported.set(relationship.id, [...(supported.get(relationship.id) ?? []), statement.id]);
      }
    }
    for (const edge of await all()) {
      expect(supported.get(edge.id)?.sort(), edge.id).toEqual(edge.evidence.map((s) => s.id).sort());
    }
  });
});
