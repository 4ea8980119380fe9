import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { seedDatabase } from '../../graph/seed/seed-database.js';
import { connectTestClient } from '../support/test-neo4j.js';
import {
  createTestToken,
  dataOf,
  removeWritesBy,
  startWriteApi,
  type WriteApi,
} from '../support/write-api.js';

// Issue 11 item 2: reseeding never silently overwrites a human edit. An editor changes a seeded
// entity through GraphQL; `npm run seed` reports the conflict and leaves the edit, and --reset
// refuses. The entity is put back exactly as seeded (a server-side copy of its properties), so
// the other spec files find the normal seed.
const EDITOR = 'reseed-conflict-editor';
const SEEDED_ID = 'actor:turkey';
const HUMAN_DESCRIPTION = 'Edited by an analyst: host of the Istanbul talks.';
const SEED_BUDGET_MS = 300_000;

let client: GraphClient;
let api: WriteApi;
let editor: string;

beforeAll(async () => {
  client = await connectTestClient({ transactionTimeoutMs: SEED_BUDGET_MS });
  api = await startWriteApi(client);
  editor = await createTestToken(client, EDITOR, 'editor');
  await client.write('MATCH (n:Entity {id: $id}) CREATE (b:ReseedConflictBackup) SET b = properties(n)', {
    id: SEEDED_ID,
  });
});

afterAll(async () => {
  await client.write('MATCH (n:Entity {id: $id}), (b:ReseedConflictBackup) SET n = properties(b) DELETE b', {
    id: SEEDED_ID,
  });
  await removeWritesBy(client, [EDITOR]);
  await api?.close();
  await client?.close();
});

async function descriptionOf(id: string): Promise<unknown> {
  const [row] = await client.read<{ description: unknown; updatedBy: unknown }>(
    'MATCH (n:Entity {id: $id}) RETURN n.description AS description, n.updatedBy AS updatedBy',
    { id },
  );
  return row;
}

describe('reseeding after a human edit', () => {
  it(
    'reports the edited item as a conflict and keeps the edit; --reset refuses',
    async () => {
      const [seeded] = await client.read<{ version: number }>(
        'MATCH (n:Entity {id: $id}) RETURN coalesce(n.version, 1) AS version',
        { id: SEEDED_ID },
      );
      dataOf(
        await api.call(
          'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }',
          {
            input: {
              id: SEEDED_ID,
              expectedVersion: seeded?.version,
              description: HUMAN_DESCRIPTION,
              reason: 'analyst correction',
            },
          },
          editor,
        ),
      );
      expect(await descriptionOf(SEEDED_ID)).toEqual({ description: HUMAN_DESCRIPTION, updatedBy: EDITOR });

      const lines: string[] = [];
      await seedDatabase(client, { log: (line) => lines.push(line) });
      expect(lines).toContain(
        `Conflict: ${SEEDED_ID} was changed through the API (${EDITOR}); the seed left it as it is.`,
      );
      expect(await descriptionOf(SEEDED_ID)).toEqual({ description: HUMAN_DESCRIPTION, updatedBy: EDITOR });

      await expect(seedDatabase(client, { reset: true })).rejects.toThrow(
        new RegExp(`--reset would discard changes made through the API: ${SEEDED_ID} \\(${EDITOR}\\)`),
      );
      expect(await descriptionOf(SEEDED_ID)).toEqual({ description: HUMAN_DESCRIPTION, updatedBy: EDITOR });
    },
    3 * SEED_BUDGET_MS,
  );
});
