import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphClient } from '../../graph/client.js';
import { DatabaseUnavailableError } from '../../graph/errors.js';
import { countGraph } from '../../graph/queries/get-stats.js';
import { appliedVersions, applyMigrations } from '../../graph/schema/apply-migrations.js';
import { type AppUnderTest, firstCode, startAppUnderTest } from '../support/app-under-test.js';
import { type PrivateNeo4j, startPrivateNeo4j } from '../support/private-neo4j.js';

// Health, readiness and recovery when Neo4j goes away under a running app. A private server of
// its own (stopping the shared one would break every other spec), started once and stopped and
// restarted once for everything that needs an outage: each start of a JVM costs 20 s on a quiet
// machine and minutes on a busy one, so the budgets below are explicit and generous.
let neo4j: PrivateNeo4j;
let client: GraphClient;
let app: AppUnderTest;

const STATS = '{ stats { entityCount statementCount } }';
const QUICKLY_MS = 5_000;

beforeAll(async () => {
  neo4j = await startPrivateNeo4j();
  // The subject is outages, not a cold JVM's speed: a generous transaction budget, and the probe's
  // and the stats' queries run once so the 2 s readiness probe does not meet a cold planner.
  client = await GraphClient.connect({
    uri: neo4j.uri,
    username: neo4j.username,
    password: neo4j.password,
    transactionTimeoutMs: 120_000,
  });
  await appliedVersions(client);
  await countGraph(client);
  app = await startAppUnderTest(client);
}, 400_000);

afterAll(async () => {
  await app?.close();
  await client?.close();
  await neo4j?.dispose();
}, 120_000);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('health and readiness', () => {
  it('reports /health ok whatever the database does', async () => {
    const res = await fetch(`${app.base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('is not ready while the schema has not been applied', async () => {
    const res = await fetch(`${app.base}/ready`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', neo4j: 'ok', schema: 'outdated' });
  });

  it('is ready once the schema is applied', async () => {
    await applyMigrations(client);
    const res = await fetch(`${app.base}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', neo4j: 'ok', schema: 'current' });
  }, 120_000);

  it('gives up with a clear DatabaseUnavailableError when nothing ever answers', async () => {
    const attempt = GraphClient.connect({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: 'x',
      connectAttempts: 2,
      connectBackoffMs: 10,
    });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/Cannot reach Neo4j at bolt:\/\/127.0.0.1:1.*NEO4J_URI/);
  });
});

describe('when Neo4j goes away and comes back', () => {
  it('answers DATABASE_UNAVAILABLE and not-ready quickly, then recovers by itself, as does a client still connecting', async () => {
    expect((await app.query(STATS)).errors).toBeUndefined();
    await neo4j.stop();

    const ready = await timed(() => fetch(`${app.base}/ready`));
    expect(ready.ms).toBeLessThan(QUICKLY_MS);
    expect(ready.value.status).toBe(503);
    expect(await ready.value.json()).toMatchObject({ status: 'unavailable', neo4j: 'unreachable' });
    for (let attempt = 0; attempt < 3; attempt++) {
      const down = await timed(() => app.query(STATS));
      expect(down.ms).toBeLessThan(QUICKLY_MS);
      expect(firstCode(down.value)).toBe('DATABASE_UNAVAILABLE');
      expect(down.value.errors?.[0]?.message).toMatch(/unavailable/i);
    }

    // A client that starts while the server is down retries with back-off until it answers.
    const progress: string[] = [];
    const connecting = GraphClient.connect({
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
      connectAttempts: 60,
      connectBackoffMs: 200,
      onProgress: (line) => progress.push(line),
    });
    await neo4j.restart();
    const late = await connecting;
    expect(progress.length).toBeGreaterThan(0);
    expect(await late.ping()).toBe(true);
    await late.close();

    await expect
      .poll(async () => (await fetch(`${app.base}/ready`)).status, { timeout: 60_000, interval: 500 })
      .toBe(200);
    await expect
      .poll(async () => (await app.query(STATS)).data, { timeout: 60_000, interval: 500 })
      .toEqual({ stats: { entityCount: 0, statementCount: 0 } });
  }, 400_000);
});
