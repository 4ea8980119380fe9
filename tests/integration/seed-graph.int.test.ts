import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { connectTestClient } from '../support/test-neo4j.js';

// What an analyst must find in the seeded graph, asked in Cypher the way they would ask it.

describe('the seeded graph', () => {
  let client: GraphClient;
  /** The text of the statements with these ids, in reading order. */
  const texts = async (ids: string[]) =>
    (
      await client.read<{ text: string }>(
        'MATCH (s:Statement) WHERE s.id IN $ids RETURN s.text AS text ORDER BY s.start',
        {
          ids,
        },
      )
    ).map((row) => row.text);
  const sentencesOf = async (ids: string[]) =>
    (
      await client.read<{ sentence: number }>(
        'MATCH (s:Statement) WHERE s.id IN $ids RETURN DISTINCT s.sentence AS sentence ORDER BY sentence',
        { ids },
      )
    ).map((row) => row.sentence);

  beforeAll(async () => {
    client = await connectTestClient();
  });
  afterAll(async () => {
    await client.close();
  });

  it('has Turkey host and mediate the Istanbul talks, which took place in Istanbul, Turkey', async () => {
    const rows = await client.read<{ type: string; evidenceIds: string[] }>(
      `MATCH (t:Actor {name: 'Turkey'})-[r:HOSTED|MEDIATED]->(e:Event {id: 'event:istanbul-talks'})
       MATCH (e)-[:OCCURRED_IN]->(:Place {name: 'Istanbul'})-[:LOCATED_IN]->(:Place {name: 'Turkey'})
       RETURN type(r) AS type, r.evidenceIds AS evidenceIds ORDER BY type`,
    );
    expect(rows.map((row) => row.type)).toEqual(['HOSTED', 'MEDIATED']);
    expect(await texts(rows[0]?.evidenceIds ?? [])).toEqual(['Turkey, hosting the discussions in Istanbul']);
  });

  it('links Turkey to the grain agreements, including the dated, cited Black Sea Grain Initiative signing', async () => {
    const rows = await client.read<{
      id: string;
      origin: string;
      earliest: string | null;
      outlets: string[];
    }>(
      `MATCH (:Actor {name: 'Turkey'})-[:MEDIATED]->(e:Event)-[:CONCERNS]->(:Issue {id: 'issue:grain-shipments'})
       OPTIONAL MATCH (e)-[:CITED_IN]->(ref:Source {kind: 'reference'})
       RETURN e.id AS id, e.origin AS origin, e.earliest AS earliest, collect(ref.outlet) AS outlets ORDER BY id`,
    );
    expect(rows.map((row) => [row.id, row.origin, row.earliest])).toEqual([
      ['event:black-sea-grain-agreements', 'article', null],
      ['event:black-sea-grain-initiative-signed', 'context', '2022-07-22'],
    ]);
    expect(rows[1]?.outlets.length).toBeGreaterThan(0);
    const [signing] = await client.read<{ parent: string }>(
      `MATCH (:Event {id: 'event:black-sea-grain-initiative-signed'})-[:PART_OF]->(p:Event) RETURN p.id AS parent`,
    );
    expect(signing?.parent).toBe('event:black-sea-grain-agreements');
  });

  it("holds Ukraine's demand for Crimea and the eastern regions and Russia's claim over annexed territories as two opposed, evidenced claims", async () => {
    const [row] = await client.read<{
      demand: string[];
      claim: string[];
      opposition: string[];
      places: string[];
    }>(
      `MATCH (:Actor {name: 'Ukraine'})-[:HOLDS]->(d:Claim {kind: 'DEMANDS'})-[:ABOUT]->(:Place {name: 'Crimea'})
       MATCH (d)-[:ABOUT]->(east:Place) WHERE east.name STARTS WITH 'Regions of eastern Ukraine'
       MATCH (:Actor {name: 'Russia'})-[:HOLDS]->(a:Claim {kind: 'ASSERTS'})-[:ABOUT]->(t:Place) WHERE 'annexed territories' IN t.aliases
       MATCH (d)-[o:OPPOSES]-(a)
       MATCH (d)-[:CONCERNS]->(:Issue {id: 'issue:territorial-sovereignty'})<-[:CONCERNS]-(a)
       RETURN [(d)-[:EVIDENCED_BY]->(s) | s.id] AS demand, [(a)-[:EVIDENCED_BY]->(s) | s.id] AS claim,
              o.evidenceIds AS opposition, [(d)-[:ABOUT]->(p) | p.name] AS places`,
    );
    expect(row).toBeDefined();
    // Sentence 8: "Analysts note ... Ukraine demanding ... Russia upholding ..."; 19: "Kyiv has repeatedly emphasized ...".
    expect(await sentencesOf(row?.demand ?? [])).toEqual([8, 19]);
    expect(await sentencesOf(row?.claim ?? [])).toEqual([8]);
    expect(await sentencesOf(row?.opposition ?? [])).toEqual([8]);
    expect(await texts(row?.claim ?? [])).toEqual([
      'Russia upholding its assertions over annexed territories',
    ]);
    expect((await texts(row?.demand ?? [])).join(' ')).toContain(
      'the return of occupied territories, particularly Crimea',
    );
  });

  it("keeps Russia's demand for recognition and Ukraine's categorical rejection as opposed claims of sentence 20", async () => {
    const rows = await client.read<{ holder: string; stance: string; evidenceIds: string[] }>(
      `MATCH (h:Actor)-[:HOLDS]->(c:Claim)-[o:OPPOSES]-(:Claim {id: 'claim:russia-demands-recognition'})
       RETURN h.name AS holder, c.kind AS stance, o.evidenceIds AS evidenceIds ORDER BY stance`,
    );
    expect(rows.map((row) => [row.holder, row.stance])).toEqual([
      ['Ukraine', 'DEMANDS'],
      ['Ukraine', 'REJECTS'],
    ]);
    expect(await sentencesOf(rows[1]?.evidenceIds ?? [])).toEqual([20]);
  });

  it('has both states take part in the most recent exchange, dated only relative to the start of the war', async () => {
    const [row] = await client.read<{
      actors: string[];
      precision: string;
      earliest: string | null;
      latest: string | null;
      earliestFrom: string;
    }>(
      `MATCH (e:Event {kind: 'prisoner-exchange', relativePhrase: 'this most recent swap'})
       MATCH (e)<-[:PRECEDES]-(:Event {id: 'event:full-scale-invasion', earliest: date('2022-02-24')})
       RETURN [(a:Actor)-[:PARTICIPATED_IN]->(e) | a.name] AS actors, e.precision AS precision,
              e.earliest AS earliest, e.latest AS latest, e.earliestFrom AS earliestFrom`,
    );
    expect(row?.actors.sort()).toEqual(['Russia', 'Ukraine']);
    expect(row).toMatchObject({
      precision: 'relative',
      earliest: '2022-02-24',
      latest: null,
      earliestFrom: 'event:full-scale-invasion',
    });
  });

  it('resolves Moscow and Kyiv to their states, by full-text search and by evidence', async () => {
    for (const [alias, state] of [
      ['Moscow', 'actor:russia'],
      ['Kyiv', 'actor:ukraine'],
    ]) {
      const hits = await client.read<{ id: string }>(
        "CALL db.index.fulltext.queryNodes('entity_text', $alias) YIELD node RETURN node.id AS id LIMIT 1",
        { alias },
      );
      expect(hits[0]?.id).toBe(state);
      const evidence = await client.read<{ text: string }>(
        'MATCH (:Actor {id: $state})-[:EVIDENCED_BY]->(s:Statement) WHERE s.text CONTAINS $alias RETURN s.text AS text',
        { state, alias },
      );
      expect(evidence.length).toBeGreaterThan(0);
    }
    const [turkish] = await client.read<{ state: string }>(
      `MATCH (d:Actor {kind: 'delegation'})-[:REPRESENTS]->(s:Actor) WHERE 'Turkish representatives' IN d.aliases
       RETURN s.id AS state`,
    );
    expect(turkish?.state).toBe('actor:turkey');
  });

  it('covers every sentence of the article, title and byline included', async () => {
    const [row] = await client.read<{ count: number; covered: number; sentences: number }>(
      `MATCH (src:Source {kind: 'article'})<-[:FROM_SOURCE]-(s:Statement)
       RETURN src.sentenceCount AS count, src.coveredSentenceCount AS covered, count(DISTINCT s.sentence) AS sentences`,
    );
    expect(row).toEqual({ count: 38, covered: 38, sentences: 38 });
    const [title] = await client.read<{ n: number }>(
      'MATCH (:Entity)-[:EVIDENCED_BY]->(s:Statement {sentence: 0}) RETURN count(*) AS n',
    );
    expect(title?.n).toBeGreaterThan(0);
  });

  it('puts evidence on every article entity and relationship, and citations and allusions (no evidence) on every context event', async () => {
    const [row] = await client.read<{
      bareEntities: number;
      borrowed: number;
      bareRelationships: number;
      danglingEvidence: number;
      uncited: number;
    }>(
      `CALL { MATCH (n:Entity:Seeded) WHERE coalesce(n.origin, 'article') = 'article' AND NOT (n)-[:EVIDENCED_BY]->(:Statement) RETURN count(n) AS bareEntities }
       CALL { MATCH (e:Event {origin: 'context'}) WHERE (e)-[:EVIDENCED_BY]->() OR NOT (:Statement)-[:ALLUDES_TO]->(e) RETURN count(e) AS borrowed }
       CALL { MATCH (:Entity:Seeded)-[r]->(:Entity) WHERE size(coalesce(r.evidenceIds, [])) = 0 RETURN count(r) AS bareRelationships }
       CALL { MATCH (:Entity:Seeded)-[r]->(:Entity) UNWIND r.evidenceIds AS id
              OPTIONAL MATCH (s:Statement {id: id}) WITH s WHERE s IS NULL RETURN count(*) AS danglingEvidence }
       CALL { MATCH (e:Event {origin: 'context'}) WHERE NOT (e)-[:CITED_IN]->(:Source {kind: 'reference'}) RETURN count(e) AS uncited }
       RETURN bareEntities, borrowed, bareRelationships, danglingEvidence, uncited`,
    );
    expect(row).toEqual({
      bareEntities: 0,
      borrowed: 0,
      bareRelationships: 0,
      danglingEvidence: 0,
      uncited: 0,
    });
  });
});
