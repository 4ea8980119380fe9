import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { connectTestClient } from '../support/test-neo4j.js';
import {
  codeOf,
  createTestToken,
  dataOf,
  type GraphqlAnswer,
  removeWritesBy,
  startWriteApi,
  type WriteApi,
} from '../support/write-api.js';

// Two editors who read the same version and both save: exactly one wins, the other gets
// CONFLICT, and the loser's change is not silently written over the winner's.
const EDITORS = ['write-race-alice', 'write-race-bob'];
const ROUNDS = 5;

let client: GraphClient;
let api: WriteApi;
let tokens: string[];
let entityId = '';

const UPDATE = `mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id description } } }`;

beforeAll(async () => {
  client = await connectTestClient();
  api = await startWriteApi(client);
  tokens = [
    await createTestToken(client, EDITORS[0] as string, 'editor'),
    await createTestToken(client, EDITORS[1] as string, 'editor'),
  ];
  const source = dataOf(
    await api.call<{ addSource: { source: { id: string } } }>(
      'mutation ($input: AddSourceInput!) { addSource(input: $input) { source { id } } }',
      { input: { title: 'Race', text: 'The Council of Elbonia met twice.' } },
      tokens[0],
    ),
  ).addSource.source.id;
  entityId = dataOf(
    await api.call<{ createEntity: { entity: { id: string } } }>(
      'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }',
      {
        input: {
          entityKind: 'ACTOR',
          name: 'Council of Elbonia',
          kind: 'organization',
          evidence: [{ sourceId: source, quote: 'The Council of Elbonia' }],
        },
      },
      tokens[0],
    ),
  ).createEntity.entity.id;
});

afterAll(async () => {
  await removeWritesBy(client, EDITORS);
  await api?.close();
  await client?.close();
});

describe('updateEntity with expectedVersion', () => {
  it('lets one of two editors with the same expectedVersion win and answers CONFLICT to the other', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const expectedVersion = round + 1;
      const answers = await Promise.all(
        tokens.map((token, i) =>
          api.call(
            UPDATE,
            { input: { id: entityId, expectedVersion, description: `round ${round} by ${EDITORS[i]}` } },
            token,
          ),
        ),
      );
      const won = answers.filter((a) => !a.errors);
      const lost = answers.filter((a) => a.errors);
      expect(won).toHaveLength(1);
      expect(lost.map(codeOf)).toEqual(['CONFLICT']);
      const [stored] = await client.read<{ description: string; version: number }>(
        'MATCH (n:Entity {id: $id}) RETURN n.description AS description, n.version AS version',
        { id: entityId },
      );
      // The stored value is the winner's, and the version moved by exactly one.
      const winner = dataOf(won[0] as GraphqlAnswer<{ updateEntity: { entity: { description: string } } }>)
        .updateEntity.entity;
      expect(stored).toEqual({ description: winner.description, version: expectedVersion + 1 });
    }
    const [revisions] = await client.read<{ n: number }>(
      "MATCH (r:Revision {targetId: $id, action: 'UPDATE_ENTITY'}) RETURN count(r) AS n",
      { id: entityId },
    );
    expect(revisions?.n).toBe(ROUNDS);
  });
});
