import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// Evidence is the point of the graph: every entity and every relationship the API exposes
// carries statements. And nested queries are batched: their Cypher round-trips are bounded by
// the shape of the query, not by the number of rows.
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

const LINK = '{ id evidence { id text } }';

describe('evidence', () => {
  it.each(['actors', 'places', 'issues', 'events', 'claims'])(
    'is present on every entity of %s and on every relationship they list',
    async (field) => {
      const links: Record<string, string> = {
        actors: `events ${LINK} claims ${LINK} places ${LINK} represents ${LINK} memberOf ${LINK}`,
        places: `events ${LINK} locatedIn ${LINK} actors ${LINK}`,
        issues: `events ${LINK} claims ${LINK} affects ${LINK}`,
        events: `origin participants ${LINK} locations ${LINK} issues ${LINK} preceding ${LINK} partOf ${LINK} affects ${LINK}`,
        claims: `holders ${LINK} objects ${LINK} addressedTo ${LINK} issues ${LINK} opposing ${LINK}`,
      };
      const res = await api.query<
        Record<string, { edges: { node: Record<string, unknown> & { id: string; evidence: unknown[] } }[] }>
      >(
        `{ ${field}(first: 100) { edges { node { id evidence { id text source { id } } ${links[field]} } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.data?.[field]?.edges.map((e) => e.node) ?? [];
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        // A background event's evidence is its cited references, not article sentences (issue 9).
        if (String(node.origin ?? '').toLowerCase() !== 'context') {
          expect(node.evidence.length, node.id).toBeGreaterThan(0);
        }
        for (const [name, value] of Object.entries(node)) {
          if (!Array.isArray(value) || name === 'evidence') continue;
          for (const link of value as { id: string; evidence: { text: string }[] }[]) {
            expect(link.evidence.length, `${node.id} ${name} ${link.id}`).toBeGreaterThan(0);
            expect(link.evidence.every((s) => s.text.length > 0)).toBe(true);
          }
        }
      }
    },
  );

  it('quotes the source text exactly', async () => {
    const res = await api.query<{
      node: { evidence: { text: string; start: number; end: number; source: { text: string } }[] };
    }>('{ node(id: "actor:ukraine") { ... on Actor { evidence { text start end source { text } } } } }');
    for (const statement of res.data?.node.evidence ?? []) {
      expect(statement.source.text.slice(statement.start, statement.end)).toBe(statement.text);
    }
  });

  it('is on the edges of a neighborhood drawing', async () => {
    const res = await api.query<{
      neighborhood: { edges: { evidenceCount: number; evidence: unknown[] }[] };
    }>('{ neighborhood(id: "event:istanbul-talks", depth: 2) { edges { evidenceCount evidence { id } } } }');
    for (const edge of res.data?.neighborhood.edges ?? []) {
      expect(edge.evidence).toHaveLength(edge.evidenceCount);
      expect(edge.evidenceCount).toBeGreaterThan(0);
    }
  });
});

describe('batching', () => {
  it('answers a nested query over every event in a bounded number of Cypher round-trips', async () => {
    const query = `{
      events(first: 100) {
        edges { node {
          id evidence { text source { title } }
          participants { role actor { name evidence { text } claims { claim { name opposing { claim { name } } } } } }
          location { place { name } }
          issues { issue { name } evidence { text } }
          preceding { event { name } }
          citedIn { title }
        } }
      }
    }`;
    const before = client.queryCount;
    const res = await api.query<{ events: { edges: unknown[] } }>(query);
    const roundTrips = client.queryCount - before;
    expect(res.errors).toBeUndefined();
    const events = res.data?.events.edges.length ?? 0;
    expect(events).toBeGreaterThan(20);
    // One per list field level plus the statement and source loaders, whatever the row count.
    expect(roundTrips).toBeLessThanOrEqual(14);
    expect(roundTrips).toBeLessThan(events);
  });
});
