import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../api/app-handlers.js';
import { createAppServer } from '../../api/server.js';
import { GraphClient } from '../../graph/client.js';
import { DatabaseUnavailableError } from '../../graph/errors.js';
import { applyMigrations } from '../../graph/schema/apply-migrations.js';
import { type ListeningServer, listenOnLoopback } from '../support/loopback-server.js';
import { type PrivateNeo4j, startPrivateNeo4j } from '../support/private-neo4j.js';

describe('health and readiness', () => {
  let neo4j: PrivateNeo4j;
  let client: GraphClient;
  let server: ListeningServer;
  let base: string;

  beforeAll(async () => {
    neo4j = await startPrivateNeo4j();
    client = await GraphClient.connect({
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
    });
    server = await listenOnLoopback(
      createAppServer({
        client,
        webDistDir: '/nonexistent',
        ...createAppHandlers(client, { dev: false, corsOrigins: '*' }),
      }),
    );
    base = server.base;
  });

  afterAll(async () => {
    await server?.close();
    await client?.close();
    await neo4j?.dispose();
  });

  it('reports /health ok whatever the database does', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('is not ready while the schema has not been applied', async () => {
    const res = await fetch(`${base}/ready`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', neo4j: 'ok', schema: 'outdated' });
  });

  it('is ready once the schema is applied', async () => {
    await applyMigrations(client);
    const res = await fetch(`${base}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', neo4j: 'ok', schema: 'current' });
  });

  it('turns not ready quickly when Neo4j stops, and ready again when it is back', async () => {
    await neo4j.stop();
    const started = Date.now();
    const down = await fetch(`${base}/ready`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', neo4j: 'unreachable' });

    await neo4j.restart();
    await expect
      .poll(async () => (await fetch(`${base}/ready`)).status, { timeout: 20_000, interval: 500 })
      .toBe(200);
  });

  it('retries with back-off at start-up until the server answers', async () => {
    await neo4j.stop();
    const progress: string[] = [];
    const connecting = GraphClient.connect({
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
      connectAttempts: 30,
      connectBackoffMs: 200,
      onProgress: (line) => progress.push(line),
    });
    await neo4j.restart();
    const late = await connecting;
    expect(progress.length).toBeGreaterThan(0);
    expect(await late.ping()).toBe(true);
    await late.close();
  });

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
