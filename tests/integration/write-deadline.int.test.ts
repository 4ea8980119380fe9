import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { connectTestClient } from '../support/test-neo4j.js';
import {
  codeOf,
  createTestToken,
  dataOf,
  removeWritesBy,
  startWriteApi,
  type WriteApi,
} from '../support/write-api.js';

// Issue 15: a mutation is held to the write deadline, not the read one, its answer (built after
// the commit) included. With a 1 ms read deadline every query is refused
// REQUEST_TIMEOUT, while a write still commits and answers what it wrote (before this, the
// analyst was told "Not added" about a source that was added).
const EDITOR = 'write-deadline-editor';
const ADD_SOURCE = `mutation ($input: AddSourceInput!) { addSource(input: $input) { created source { id title } } }`;

let client: GraphClient;
let api: WriteApi;
let token: string;

beforeAll(async () => {
  client = await connectTestClient();
  api = await startWriteApi(client, { requireTokenForReads: false, writesPerMinute: 10_000 }, 1);
  token = await createTestToken(client, EDITOR, 'editor');
});

afterAll(async () => {
  await api?.close();
  await removeWritesBy(client, [EDITOR]);
  await client?.close();
});

it('answers a committed write past the read deadline, while reads past it are refused', async () => {
  const read = await api.call('{ stats { entityCount } sources(first: 5) { edges { node { id } } } }');
  expect(codeOf(read)).toBe('REQUEST_TIMEOUT');

  const title = `Deadline check ${Date.now()}`;
  const answer = await api.call<{ addSource: { created: boolean; source: { id: string; title: string } } }>(
    ADD_SOURCE,
    { input: { title, text: 'The envoys of Zenda and Ruritania met on Monday and agreed to talk again.' } },
    token,
  );
  const { addSource } = dataOf(answer);
  expect(addSource).toMatchObject({ created: true, source: { title } });
  const stored = await client.read<{ title: string }>('MATCH (s:Source {id: $id}) RETURN s.title AS title', {
    id: addSource.source.id,
  });
  expect(stored).toEqual([{ title }]);
});
