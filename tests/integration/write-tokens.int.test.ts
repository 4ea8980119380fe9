import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../api/auth/token-store.js';
import type { GraphClient } from '../../graph/client.js';
import { connectTestClient, testNeo4j } from '../support/test-neo4j.js';
import {
  codeOf,
  createTestToken,
  databaseFingerprint,
  dataOf,
  removeWritesBy,
  startWriteApi,
  type WriteApi,
} from '../support/write-api.js';

// Issue 11 item 4 against the real Neo4j: `npm run token` shows a token once and stores only its
// hash, a revoked token is refused; REQUIRE_TOKEN_FOR_READS refuses anonymous reads; the
// per-token write limit holds over HTTP (its refill over time: tests/unit/api-rate-limiter.test.ts).
const run = promisify(execFile);
const CLI_NAME = 'tokens-cli-editor';
const READER = 'tokens-reader';
const BURST = 'tokens-burst-editor';
const CLI_BUDGET_MS = 180_000;

let client: GraphClient;

beforeAll(async () => {
  client = await connectTestClient();
});

afterAll(async () => {
  await removeWritesBy(client, [CLI_NAME, READER, BURST]);
  await client?.close();
});

/** `npm run token -- …` as a user runs it, against the test Neo4j through NEO4J_URI. */
async function tokenCli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const { uri, username, password } = testNeo4j();
  return run(process.execPath, ['--import', 'tsx', 'graph/cli/token.ts', ...args], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
    timeout: CLI_BUDGET_MS,
  });
}

const VIEWER_WRITE = `mutation ($input: AddSourceInput!) { addSource(input: $input) { source { id } } }`;

describe('npm run token', () => {
  let api: WriteApi;
  beforeAll(async () => {
    api = await startWriteApi(client);
  });
  afterAll(async () => {
    await api?.close();
  });

  it(
    'shows a new token once, stores only its hash, lists it without the secret and refuses it once revoked',
    async () => {
      const created = await tokenCli('create', '--name', CLI_NAME, '--role', 'editor');
      const token = created.stdout.trim();
      expect(token).toMatch(/^cgt_[A-Za-z0-9_-]{43}$/);
      expect(created.stderr).toContain('shown once');
      const stored = await client.read<{ props: Record<string, unknown> }>(
        'MATCH (t:ApiToken {name: $name}) RETURN properties(t) AS props',
        { name: CLI_NAME },
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]?.props.hash).toBe(hashToken(token));
      expect(JSON.stringify(stored)).not.toContain(token.slice(4));

      const listed = await tokenCli('list');
      expect(listed.stdout + listed.stderr).toContain(CLI_NAME);
      expect(listed.stdout + listed.stderr).not.toContain(token.slice(4));

      const source = { text: 'Tokens were tested in Zenda on Monday.', title: 'Token test' };
      dataOf(await api.call(VIEWER_WRITE, { input: source }, token));

      await tokenCli('revoke', '--name', CLI_NAME);
      const before = await databaseFingerprint(client);
      const refused = await api.call(
        VIEWER_WRITE,
        { input: { ...source, text: `${source.text} Again.` } },
        token,
      );
      expect(codeOf(refused)).toBe('UNAUTHENTICATED');
      expect(refused.status).toBe(401);
      expect(await databaseFingerprint(client)).toBe(before);
    },
    4 * CLI_BUDGET_MS,
  );

  it(
    'refuses an unknown role with the roles to choose from',
    async () => {
      await expect(tokenCli('create', '--name', CLI_NAME, '--role', 'owner')).rejects.toMatchObject({
        stderr: expect.stringContaining('--role must be one of reader, editor, admin'),
      });
    },
    CLI_BUDGET_MS,
  );
});

describe('REQUIRE_TOKEN_FOR_READS', () => {
  let api: WriteApi;
  let reader: string;
  beforeAll(async () => {
    api = await startWriteApi(client, { requireTokenForReads: true, writesPerMinute: 10_000 });
    reader = await createTestToken(client, READER, 'reader');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('refuses a read without a token with UNAUTHENTICATED, and answers it with a reader token', async () => {
    const query = '{ actors(first: 1) { totalCount } }';
    const anonymous = await api.call(query);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    expect(anonymous.data ?? null).toBeNull();
    const signedIn = dataOf(await api.call<{ actors: { totalCount: number } }>(query, {}, reader));
    expect(signedIn.actors.totalCount).toBeGreaterThan(0);
    expect(codeOf(await api.call(query, {}, 'cgt_not-a-real-token'))).toBe('UNAUTHENTICATED');
  });

  it('guards the file exports the same way', async () => {
    const url = api.graphqlUrl.replace(/\/graphql$/, '/export/events.csv');
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const signedIn = await fetch(url, { headers: { authorization: `Bearer ${reader}` } });
    expect(signedIn.status).toBe(200);
    expect((await signedIn.text()).split('\r\n')[0]).toMatch(/^id,name,/);
  });
});

describe('the per-token write rate limit', () => {
  const LIMIT = 3;
  let api: WriteApi;
  let editor: string;
  beforeAll(async () => {
    api = await startWriteApi(client, { requireTokenForReads: false, writesPerMinute: LIMIT });
    editor = await createTestToken(client, BURST, 'editor');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lets a burst up to the limit through, then answers RATE_LIMITED with a retry time and writes nothing', async () => {
    // At 3 a minute the bucket refills one write per 20 s: far longer than this burst takes.
    const write = (i: number) =>
      api.call(
        VIEWER_WRITE,
        { input: { text: `Burst write ${i} reached Zenda.`, title: `Burst ${i}` } },
        editor,
      );
    for (let i = 0; i < LIMIT; i++) dataOf(await write(i));
    const before = await databaseFingerprint(client);
    const refused = await write(LIMIT);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfterMs).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.message).toContain(BURST);
    expect(await databaseFingerprint(client)).toBe(before);
    // Reads are not writes: the same token still reads.
    expect(dataOf(await api.call('{ stats { sourceCount } }', {}, editor))).toBeTruthy();
  });
});
