import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordMatches } from '../../api/logic/highlight.js';
import type { GraphClient } from '../../graph/client.js';
import { STOP_WORDS, searchTerms } from '../../graph/queries/lucene.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// Issue 9, class 8 ("search ranks noise"), over the whole seeded graph rather than examples:
// every item is found first by its own name, every claim by its own quote, and no name is
// ever matched through a stop-word alone. Whatever sources the graph holds, these hold.
let client: GraphClient;
let api: AppUnderTest;

beforeAll(async () => {
  client = await connectTestClient();
  // One search per entity and per quote: a deadline a busy machine cannot run out of.
  api = await startAppUnderTest(client, { deadlineMs: 60_000 });
});

afterAll(async () => {
  await api?.close();
  await client?.close();
});

interface Hit {
  score: number;
  matchedIn: 'NAME' | 'ALIAS' | 'DESCRIPTION' | 'STATEMENT';
  snippet: { text: string };
  entity: { id: string; name: string };
}

const SEARCH = `query ($q: String!) {
  search(query: $q, first: 50) { score matchedIn snippet { text } entity { id name } }
}`;

async function search(q: string): Promise<Hit[]> {
  const res = await api.query<{ search: Hit[] }>(SEARCH, { q });
  expect(res.errors, q).toBeUndefined();
  return res.data?.search ?? [];
}

const normalise = (name: string) => searchTerms(name).join(' ');

/** Ids of the hits that share the best score (ties are not an order). */
function best(hits: readonly Hit[]): string[] {
  const top = hits[0]?.score;
  return hits.filter((hit) => hit.score === top).map((hit) => hit.entity.id);
}

/** Does `text` hold a word the query's non-stop-words match (exact, prefix or one typo)? */
function sharesContentWord(query: string, text: string): boolean {
  const content = searchTerms(query).filter((term) => !STOP_WORDS.has(term));
  return searchTerms(text).some((word) => content.some((term) => wordMatches(word, term)));
}

describe('search ranking (class 8: noise outranks the phrase)', () => {
  it('finds every accepted entity first by its own name (identical names tie)', {
    timeout: 300_000,
  }, async () => {
    const entities = await client.read<{ id: string; name: string }>(
      "MATCH (n:Entity {status: 'ACCEPTED'}) RETURN n.id AS id, n.name AS name ORDER BY id",
    );
    expect(entities.length).toBeGreaterThan(50);
    const misses: string[] = [];
    for (const entity of entities) {
      const hits = await search(entity.name);
      const first = hits[0];
      const sameName = first !== undefined && normalise(first.entity.name) === normalise(entity.name);
      if (!best(hits).includes(entity.id) && !sameName) {
        misses.push(`${entity.id} ("${entity.name}"): first is ${first?.entity.id ?? 'nothing'}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds every claim among the best hits for each of its own quotes', { timeout: 300_000 }, async () => {
    const quotes = await client.read<{ id: string; quote: string }>(
      `MATCH (c:Claim {status: 'ACCEPTED'})-[:EVIDENCED_BY]->(s:Statement)
       RETURN c.id AS id, s.text AS quote ORDER BY id, quote`,
    );
    expect(quotes.length).toBeGreaterThan(10);
    const misses: string[] = [];
    for (const { id, quote } of quotes) {
      const hits = await search(quote);
      if (!best(hits).includes(id)) {
        const rank = hits.findIndex((hit) => hit.entity.id === id);
        misses.push(`${id} ranks ${rank < 0 ? 'nowhere' : rank + 1} for "${quote.slice(0, 60)}…"`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('never matches a name or alias through a stop-word alone', { timeout: 300_000 }, async () => {
    // A stop-word beside a word no source holds: nothing may match.
    for (const word of STOP_WORDS) {
      expect(await search(`${word} qzxvkj`), word).toEqual([]);
    }
    // Every name as a query: each name or alias hit shares a real word with it.
    const names = await client.read<{ name: string }>(
      "MATCH (n:Entity {status: 'ACCEPTED'}) RETURN DISTINCT n.name AS name ORDER BY name",
    );
    const noise: string[] = [];
    for (const { name } of names) {
      for (const hit of await search(name)) {
        if (
          (hit.matchedIn === 'NAME' || hit.matchedIn === 'ALIAS') &&
          !sharesContentWord(name, hit.snippet.text)
        ) {
          noise.push(`"${name}" matched ${hit.entity.id} in ${hit.matchedIn}: "${hit.snippet.text}"`);
        }
      }
    }
    expect(noise).toEqual([]);
  });
});
