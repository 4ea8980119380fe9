import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD_REQUESTS, warmUp } from '../../api/warm-up.js';
import type { GraphClient } from '../../graph/client.js';
import { connectTestClient } from '../support/test-neo4j.js';
import { databaseFingerprint } from '../support/write-api.js';

// `npm start` sends the web app's first-load requests once before opening its port, so that a
// new user's first page does not meet a cold Neo4j (issue 14). They must stay the web app's real
// requests and answer cleanly, or the warm-up quietly warms nothing. It also rehearses one ingest
// (issue 15: the first "Add and review" took 25 s cold), which must leave the database as it was.
let client: GraphClient;

beforeAll(async () => {
  client = await connectTestClient();
});

afterAll(async () => {
  await client?.close();
});

describe('start-up warm-up', () => {
  it('sends every first-load request of the web app and each answers without an error', {
    timeout: 300_000,
  }, async () => {
    const before = await databaseFingerprint(client);
    const result = await warmUp(client);
    expect(result.problems).toEqual([]);
    expect(result.rehearsedProposals).toBeGreaterThan(3);
    expect(await databaseFingerprint(client)).toBe(before);
    expect(FIRST_LOAD_REQUESTS.map((request) => /query (\w+)/.exec(request.query)?.[1])).toEqual([
      'ListSources',
      'LoadOverview',
      'LoadTimeline',
    ]);
  });
});
