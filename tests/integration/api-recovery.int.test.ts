import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphClient } from '../../graph/client.js';
import { type PrivateNeo4j, startPrivateNeo4j } from '../support/private-neo4j.js';
import { type ApiUnderTest, firstCode, startApi } from './api-http.js';

// Stops Neo4j under a running API. This uses a private server of its own: stopping the
// shared test Neo4j would break every other spec.
let neo4j: PrivateNeo4j;
let client: GraphClient;
let api: ApiUnderTest;

const STATS = '{ stats { entityCount statementCount } }';

beforeAll(async () => {
  neo4j = await startPrivateNeo4j();
  client = await GraphClient.connect({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
  api = await startApi(client);
}, 180_000);

afterAll(async () => {
  await api?.close();
  await client?.close();
  await neo4j?.dispose();
}, 60_000);

describe('when Neo4j goes away', () => {
  it('answers DATABASE_UNAVAILABLE quickly, then recovers by itself when Neo4j is back', async () => {
    expect((await api.query(STATS)).errors).toBeUndefined();

    await neo4j.stop();
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = performance.now();
      const down = await api.query(STATS);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(5_000);
      expect(firstCode(down)).toBe('DATABASE_UNAVAILABLE');
      expect(down.errors?.[0]?.message).toMatch(/unavailable/i);
    }

    await neo4j.restart();
    const deadline = Date.now() + 60_000;
    let up = await api.query(STATS);
    while (up.errors && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 500));
      up = await api.query(STATS);
    }
    expect(up.errors).toBeUndefined();
    expect(up.data).toEqual({ stats: { entityCount: 0, statementCount: 0 } });
  }, 150_000);
});
