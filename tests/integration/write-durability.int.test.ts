import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../api/auth/token-store.js';
import { GraphClient } from '../../graph/client.js';
import { applyMigrations } from '../../graph/schema/apply-migrations.js';
import { addSource } from '../../graph/write/add-source.js';
import { type AppProcess, neo4jPidOf, startAppProcess } from '../support/app-process.js';
import { type PrivateNeo4j, startPrivateNeo4j } from '../support/private-neo4j.js';
import { codeOf, postGraphql } from '../support/write-api.js';

// Crashes in the middle of a stream of writes, on a private Neo4j (the shared one must stay up):
// kill -9 of the app process, then of Neo4j. An acknowledged write is never lost, no write is
// half-applied (an entity without its revision or evidence, or the reverse), and a write refused
// with DATABASE_UNAVAILABLE does not show up later.
const AUTHOR = 'durability-editor';
const STREAM = 8;
// The write sent while Neo4j is down: refused, and never applied later.
const REFUSED = 30;
const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }';

let neo4j: PrivateNeo4j;
let client: GraphClient;
let app: AppProcess | undefined;
let token = '';
let sourceId = '';

beforeAll(async () => {
  neo4j = await startPrivateNeo4j();
  client = await GraphClient.connect({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
  await applyMigrations(client);
  token = (await createToken(client, AUTHOR, 'editor')).token;
  const text = Array.from({ length: 40 }, (_, i) => `Delegation ${i} arrived in Kallisti.`).join(' ');
  sourceId = (
    await addSource(client, { text, title: 'Arrivals' }, { author: { name: AUTHOR, tokenId: null } })
  ).sourceId;
  app = await startAppProcess(neo4j);
}, 400_000);

afterAll(async () => {
  await app?.kill9();
  await client?.close();
  await neo4j?.dispose();
}, 120_000);

function create(i: number) {
  const input = {
    id: `actor:delegation-${i}`,
    entityKind: 'ACTOR',
    name: `Delegation ${i}`,
    kind: 'delegation',
    evidence: [{ sourceId, quote: `Delegation ${i} arrived` }],
    idempotencyKey: `delegation-${i}`,
  };
  return postGraphql((app as AppProcess).graphqlUrl, CREATE, { input }, token).catch((error: unknown) => ({
    status: 0,
    data: null,
    errors: [{ message: String(error), extensions: { code: 'NO_ANSWER' } }],
  }));
}

/** Every entity of this spec has exactly its creation revision and its evidence, and vice versa. */
async function expectNothingHalfApplied(): Promise<string[]> {
  const rows = await client.read<{ id: string; revisions: number; evidence: number }>(
    `MATCH (n:Actor) WHERE n.createdBy = $author
     RETURN n.id AS id, COUNT { MATCH (r:Revision {targetId: n.id, action: 'CREATE_ENTITY'}) } AS revisions,
       COUNT { MATCH (n)-[:EVIDENCED_BY]->(:Statement) } AS evidence`,
    { author: AUTHOR },
  );
  for (const row of rows) expect(row).toMatchObject({ revisions: 1, evidence: 1 });
  const [orphans] = await client.read<{ n: number }>(
    `MATCH (r:Revision {action: 'CREATE_ENTITY', author: $author}) WHERE NOT EXISTS { MATCH (n:Entity {id: r.targetId}) }
     RETURN count(r) AS n`,
    { author: AUTHOR },
  );
  expect(orphans?.n).toBe(0);
  return rows.map((row) => row.id);
}

describe('writes survive crashes', () => {
  it('loses no acknowledged write and half-applies none when the app is killed with -9', async () => {
    const acked: string[] = [];
    for (let i = 0; i < STREAM; i++) {
      const answer = await create(i);
      expect(answer.errors).toBeUndefined();
      acked.push(`actor:delegation-${i}`);
    }
    // One more write in flight while the process dies: it either committed or did not, never half.
    const inFlight = create(STREAM);
    await new Promise((done) => setTimeout(done, 30));
    await app?.kill9();
    await inFlight;
    app = await startAppProcess(neo4j);
    const stored = await expectNothingHalfApplied();
    expect(stored).toEqual(expect.arrayContaining(acked));
    // The client retries the unanswered write with its key: it lands exactly once.
    expect((await create(STREAM)).errors).toBeUndefined();
    expect((await create(STREAM)).errors).toBeUndefined();
    const [one] = await client.read<{ n: number }>('MATCH (n:Actor {id: $id}) RETURN count(n) AS n', {
      id: `actor:delegation-${STREAM}`,
    });
    expect(one?.n).toBe(1);
  }, 300_000);

  it('loses no acknowledged write when Neo4j is killed with -9, and applies nothing refused while it is down', async () => {
    const acked: string[] = [];
    const first = STREAM + 1;
    for (let i = first; i < first + STREAM; i++) {
      expect((await create(i)).errors).toBeUndefined();
      acked.push(`actor:delegation-${i}`);
    }
    const inFlight = create(first + STREAM);
    await new Promise((done) => setTimeout(done, 30));
    process.kill(neo4jPidOf(neo4j.instanceDir), 'SIGKILL');
    await inFlight;

    // While the JVM is gone (its supervisor waits 1 s, then a start takes many seconds).
    const down = await create(REFUSED);
    expect(codeOf(down)).toBe('DATABASE_UNAVAILABLE');
    expect(down.status).toBe(503);

    // The supervisor restarts Neo4j by itself; nothing else may start it meanwhile.
    await expect.poll(() => neo4j.state, { timeout: 420_000, interval: 500 }).toBe('up');
    expect(neo4j.restarts).toBe(1);
    await client.close();
    client = await GraphClient.connect({
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
      connectAttempts: 20,
    });
    const stored = await expectNothingHalfApplied();
    expect(stored).toEqual(expect.arrayContaining(acked));
    expect(stored).not.toContain(`actor:delegation-${REFUSED}`);
    // The app reconnects by itself; the refused write was not queued and replayed.
    const deadline = Date.now() + 60_000;
    let retried = await create(first + STREAM);
    while (retried.errors && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 500));
      retried = await create(first + STREAM);
    }
    expect(retried.errors).toBeUndefined();
    expect(await expectNothingHalfApplied()).not.toContain(`actor:delegation-${REFUSED}`);
  }, 600_000);
});
