import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { seedDatabase } from '../../graph/seed/seed-database.js';
import { SeedError, type SeedProblemCode } from '../../graph/seed/seed-errors.js';
import { createTestSeed, type Item, type TestSeedOverrides } from '../support/create-test-seed.js';
import { connectTestClient } from '../support/test-neo4j.js';

// The loader against the real Neo4j that global setup started and seeded. Tests that load other
// seeds use temporary seed folders and leave the database as they found it.

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // When an item was written is the write path's record, not the seeded data.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'createdAt' && key !== 'updatedAt')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Everything in the database, reduced to one comparable value. */
async function fingerprint(
  client: GraphClient,
): Promise<{ nodes: number; relationships: number; hash: string }> {
  const nodes = await client.read(
    'MATCH (n) RETURN coalesce(n.id, toString(n.version)) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
  );
  const relationships = await client.read(
    `MATCH (a)-[r]->(b) RETURN coalesce(a.id, '') AS a, type(r) AS type, coalesce(b.id, '') AS b, properties(r) AS props
     ORDER BY a, type, b`,
  );
  const hash = createHash('sha256')
    // Property maps compared by content: Neo4j's key order is not part of the data.
    .update(JSON.stringify([nodes, relationships], sortedKeys))
    .digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, hash };
}

const first = (list: Item[]) => list[0] as Item;

const BAD_SEEDS: [string, TestSeedOverrides, SeedProblemCode][] = [
  [
    'a quote that is not in the article',
    { statements: (doc) => (first(doc.actors).evidence as unknown[]).push('Alpha invaded Epsilon') },
    'QUOTE_NOT_FOUND',
  ],
  [
    'an unknown reference',
    {
      statements: (doc) =>
        doc.relationships.push({
          from: 'actor:test-alpha',
          type: 'HOSTED',
          to: 'event:test-nowhere',
          evidence: ['The talks'],
        }),
    },
    'UNKNOWN_REFERENCE',
  ],
  [
    'a duplicate id',
    {
      statements: (doc) =>
        doc.actors.push({
          id: 'actor:test-alpha',
          name: 'Alpha',
          kind: 'state',
          evidence: ['Alpha demands'],
        }),
    },
    'DUPLICATE_ID',
  ],
  [
    'a relationship without evidence',
    { statements: (doc) => (first(doc.relationships).evidence = []) },
    'MISSING_EVIDENCE',
  ],
  ['a malformed date', { context: (doc) => (first(doc.events).earliest = '2020-13-01') }, 'MALFORMED_DATE'],
];

// Each of these seeds the database two or three times and reads it whole: on a busy machine
// (load 20 on 2 cores) that took longer than the suite's 60 s default.
const SEEDS_SEVERAL_TIMES_MS = 240_000;

describe('seedDatabase on the real Neo4j', () => {
  let client: GraphClient;

  beforeAll(async () => {
    client = await connectTestClient();
  });

  afterAll(async () => {
    // Whatever happened above, leave the normal seed in place for the other spec files.
    await seedDatabase(client, { reset: true });
    await client.close();
  });

  it(
    'gives identical counts and an identical graph when run twice',
    async () => {
      const once = await seedDatabase(client);
      const before = await fingerprint(client);
      const twice = await seedDatabase(client);
      expect(twice.counts).toEqual(once.counts);
      expect(twice.relationships).toEqual(once.relationships);
      expect(twice.stale).toBe(0);
      expect(await fingerprint(client)).toEqual(before);
      expect(once.counts).toMatchObject({ Actor: 14, Place: 7, Issue: 8, Event: 28, Claim: 14 });
    },
    SEEDS_SEVERAL_TIMES_MS,
  );

  it.each(BAD_SEEDS)(
    'writes nothing, even with --reset, when the seed has %s',
    async (_, overrides, code) => {
      const before = await fingerprint(client);
      const seed = await createTestSeed(overrides);
      try {
        const failure = await seedDatabase(client, { seedsDir: seed.seedsDir, reset: true }).catch(
          (e: unknown) => e,
        );
        expect(failure).toBeInstanceOf(SeedError);
        const problems = (failure as SeedError).problems;
        expect(problems.map((p) => p.code)).toEqual([code]);
        expect(problems[0]?.line).toBeGreaterThan(0);
        expect((failure as Error).message).toContain('nothing was written to the database');
      } finally {
        await seed.cleanup();
      }
      expect(await fingerprint(client)).toEqual(before);
    },
  );

  it(
    'replaces the seeded data with --reset, and the normal seed comes back the same',
    async () => {
      const before = await fingerprint(client);
      const seed = await createTestSeed();
      try {
        const report = await seedDatabase(client, { seedsDir: seed.seedsDir, reset: true });
        expect(report.deleted).toBeGreaterThan(0);
        const ids = await client.read<{ id: string }>(
          'MATCH (n:Entity:Seeded) RETURN n.id AS id ORDER BY id',
        );
        expect(ids.map((row) => row.id).every((id) => id.includes(':test-'))).toBe(true);
      } finally {
        await seed.cleanup();
      }
      await seedDatabase(client, { reset: true });
      expect(await fingerprint(client)).toEqual(before);
    },
    SEEDS_SEVERAL_TIMES_MS,
  );

  it(
    'rolls everything back, the reset included, when the write fails half-way',
    async () => {
      // A hand-made node holding an id the seed writes under another label: the Entity id
      // constraint fails in the middle of the transaction.
      await client.write('CREATE (:Entity {id: $id, name: "planted by a test"})', { id: 'actor:test-alpha' });
      const seed = await createTestSeed();
      try {
        const before = await fingerprint(client);
        const failure = await seedDatabase(client, { seedsDir: seed.seedsDir, reset: true }).catch(
          (e: unknown) => e,
        );
        expect((failure as Error).message).toMatch(/rolled back; the database is unchanged/);
        expect(await fingerprint(client)).toEqual(before);
      } finally {
        await seed.cleanup();
        await client.write('MATCH (n:Entity {id: $id}) WHERE NOT n:Seeded DELETE n', {
          id: 'actor:test-alpha',
        });
      }
    },
    SEEDS_SEVERAL_TIMES_MS,
  );
});
