import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { DATE_PRECISIONS } from '../../graph/model/date-precision.js';
import { type AppUnderTest, readWholeTimeline, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// Issue 9, class 6 (time order the article states), over the whole seeded graph: the order words
// of every source become PRECEDES or OVERLAPS, the stored timeline never contradicts PRECEDES,
// a whole is not listed after its parts without reason, and a dated beginning places its whole.
let client: GraphClient;
let api: AppUnderTest;

type Placed = {
  id: string;
  rank: number;
  sortDate: string | null;
  placedBy: string;
};
let placed: Map<string, Placed>;

beforeAll(async () => {
  client = await connectTestClient();
  // Whole-graph sweeps: a deadline a busy machine cannot run out of (the invariants are the subject).
  api = await startAppUnderTest(client, { deadlineMs: 60_000 });
  const rows = await client.read<Placed>(
    'MATCH (e:Event) RETURN e.id AS id, e.timelineRank AS rank, toString(e.sortDate) AS sortDate, e.placedBy AS placedBy',
  );
  placed = new Map(rows.map((row) => [row.id, row]));
});

afterAll(async () => {
  await api?.close();
  await client?.close();
});

const rankOf = (id: string) => placed.get(id)?.rank ?? Number.NaN;

describe('order words (class 6)', () => {
  it('turns every sentence with "previously", "in the meantime" or "this most recent" into PRECEDES or OVERLAPS evidence', async () => {
    const sentences = await client.read<{ key: string; ordered: boolean }>(
      `MATCH (s:Statement)-[:FROM_SOURCE]->(:Source {kind: 'article'})
       WHERE toLower(s.text) =~ '.*\\\\b(previously|in the meantime|this most recent)\\\\b.*'
       WITH s.sourceId AS sourceId, s.sentence AS sentence, collect(s.id) AS ids
       RETURN sourceId + ' #' + toString(sentence) AS key,
         EXISTS { MATCH (:Event)-[r:PRECEDES|OVERLAPS]->(:Event)
                  WHERE any(id IN r.evidenceIds WHERE id IN ids) } AS ordered`,
    );
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    for (const row of sentences) expect(row.ordered, row.key).toBe(true);
  });
});

describe('stored timeline order (class 6)', () => {
  it('ranks, for every PRECEDES a → b, a before b, in the store and in the timeline the API pages', async () => {
    const edges = await client.read<{ from: string; to: string }>(
      'MATCH (a:Event)-[:PRECEDES]->(b:Event) RETURN a.id AS from, b.id AS to',
    );
    expect(edges.length).toBeGreaterThanOrEqual(3);
    const apiRank = new Map((await readWholeTimeline(api)).map((event, i) => [event.id, i]));
    expect(apiRank.size).toBe(placed.size);
    for (const { from, to } of edges) {
      expect(rankOf(from), `${from} PRECEDES ${to}`).toBeLessThan(rankOf(to));
      expect(apiRank.get(from), `${from} PRECEDES ${to}`).toBeLessThan(apiRank.get(to) as number);
    }
  });

  it('lists every whole before its parts unless a part is dated earlier or must precede it', async () => {
    const rows = await client.read<{ part: string; whole: string; forced: boolean }>(
      `MATCH (p:Event)-[:PART_OF]->(w:Event)
       RETURN p.id AS part, w.id AS whole, EXISTS { (p)-[:PRECEDES]->+(w) } AS forced`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const { part, whole, forced } of rows) {
      const [p, w] = [placed.get(part), placed.get(whole)];
      const partEarlier = !!p?.sortDate && (!w?.sortDate || p.sortDate < w.sortDate);
      if (forced || partEarlier) continue;
      expect(rankOf(whole), `${whole} is listed after its part ${part}`).toBeLessThan(rankOf(part));
    }
  });

  it('places every event whose beginning is dated, with the bound marked as derived from it', async () => {
    const rows = await client.read<{
      whole: string;
      part: string;
      earliest: string;
      from: string | null;
      partEarliest: string;
    }>(
      `MATCH (p:Event)-[:PART_OF {role: 'beginning'}]->(w:Event) WHERE p.earliest IS NOT NULL
       RETURN w.id AS whole, p.id AS part, toString(w.earliest) AS earliest, w.earliestFrom AS from,
         toString(p.earliest) AS partEarliest`,
    );
    expect(rows.map((row) => row.whole)).toContain('event:russia-ukraine-war');
    for (const row of rows) {
      expect(placed.get(row.whole)?.placedBy, row.whole).not.toBe('UNPLACED');
      // Own dates win; a derived start is never before the beginning and always says where it is from.
      expect(row.earliest >= row.partEarliest, row.whole).toBe(true);
      expect(row.from, row.whole).toBeTruthy();
    }
    const war = await api.graphql<{ node: { earliest: string; earliestFrom: { id: string } } }>(
      '{ node(id: "event:russia-ukraine-war") { ... on Event { earliest earliestFrom { id } } } }',
    );
    expect(war.node).toEqual({ earliest: '2022-02-24', earliestFrom: { id: 'event:full-scale-invasion' } });
  });
});

describe('precision filter on timeline (class 6)', () => {
  it('keeps, for every precision, exactly the events of that precision', async () => {
    const counts = await client.read<{ precision: string; n: number }>(
      'MATCH (e:Event) RETURN e.precision AS precision, count(*) AS n',
    );
    expect(counts.length).toBeGreaterThan(1);
    for (const precision of DATE_PRECISIONS) {
      const value = precision.toUpperCase();
      const events = await readWholeTimeline(api, { precision: [value] });
      const expected = counts.find((row) => row.precision === precision)?.n ?? 0;
      expect(events.length, precision).toBe(expected);
      for (const event of events) expect(event.precision).toBe(value);
    }
  });
});
