import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { PROJECT_ROOT } from '../../graph/project-paths.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { ensureNotebookVenv, runPython } from '../support/python-venv.js';
import { connectTestClient } from '../support/test-neo4j.js';
import { createTestToken, removeWritesBy } from '../support/write-api.js';

// Runs notebooks/review.ipynb headless against the real app with an editor token: it adds a
// source, proposes an entity, lists the proposal (refused without a token), accepts it and reads
// its history. What it reports is checked against the database; its writes are removed after.

const NOTEBOOK = join(PROJECT_ROOT, 'notebooks', 'review.ipynb');
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts', 'notebook-review');
const EDITOR = 'review-notebook-editor';

interface ReviewResults {
  source_id: string;
  entity_id: string;
  created_status: string;
  proposed_ids: string[];
  shown_before: string[];
  anonymous_code: string;
  accepted_ids: string[];
  shown_after: string[];
  history_actions: string[];
  history_authors: string[];
}

describe('notebooks/review.ipynb', () => {
  let client: GraphClient;
  let app: AppUnderTest;
  let results: ReviewResults;

  beforeAll(async () => {
    const venv = await ensureNotebookVenv({ log: console.log });
    client = await connectTestClient();
    app = await startAppUnderTest(client);
    const token = await createTestToken(client, EDITOR, 'editor');
    await rm(ARTIFACTS, { recursive: true, force: true });
    await mkdir(ARTIFACTS, { recursive: true });
    const resultsPath = join(ARTIFACTS, 'results.json');
    await runPython(
      venv,
      ['tests/notebook/run-notebook.py', NOTEBOOK, join(ARTIFACTS, 'review.executed.ipynb')],
      {
        env: { GRAPHQL_URL: app.graphqlUrl, CONFLICT_GRAPH_TOKEN: token, NOTEBOOK_RESULTS: resultsPath },
        timeoutMs: 600_000,
      },
    );
    results = JSON.parse(await readFile(resultsPath, 'utf8')) as ReviewResults;
  }, 1_200_000);

  afterAll(async () => {
    await removeWritesBy(client, [EDITOR]);
    await app?.close();
    await client?.close();
  });

  it('is committed without outputs or execution counts', async () => {
    const committed = JSON.parse(await readFile(NOTEBOOK, 'utf8')) as {
      cells: { cell_type: string; outputs?: unknown[]; execution_count?: number | null }[];
    };
    for (const cell of committed.cells.filter((c) => c.cell_type === 'code')) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });

  it('proposed an entity that default reads hid and reads without a token were refused', () => {
    expect(results.created_status).toBe('PROPOSED');
    expect(results.proposed_ids).toEqual([results.entity_id]);
    expect(results.shown_before).toEqual([]);
    expect(results.anonymous_code).toBe('UNAUTHENTICATED');
  });

  it('accepted it: it is in the default reads and the database, with its history by the token', async () => {
    expect(results.accepted_ids).toEqual([results.entity_id]);
    expect(results.shown_after).toEqual([results.entity_id]);
    const [stored] = await client.read<{ status: string; createdBy: string; sourceId: string }>(
      `MATCH (n:Entity {id: $id})-[:EVIDENCED_BY]->(s:Statement)
       RETURN n.status AS status, n.createdBy AS createdBy, s.sourceId AS sourceId`,
      { id: results.entity_id },
    );
    expect(stored).toEqual({ status: 'ACCEPTED', createdBy: EDITOR, sourceId: results.source_id });
    expect(results.history_actions).toEqual(expect.arrayContaining(['CREATE_ENTITY', 'SET_STATUS']));
    expect(results.history_authors).toEqual([EDITOR]);
  });
});
