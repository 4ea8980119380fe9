import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { PROJECT_ROOT } from '../../graph/project-paths.js';
import { type AppUnderTest, readWholeTimeline, startAppUnderTest } from '../support/app-under-test.js';
import { actorDegrees, actorLinks, quotesOfRelationship } from '../support/graph-truth.js';
import { ensureNotebookVenv, type PythonVenv, runPython } from '../support/python-venv.js';
import { connectTestClient } from '../support/test-neo4j.js';

// Runs notebooks/explore.ipynb headless (nbclient) against the real app and checks what it
// found against the API and the graph itself. The executed copy is kept in test-artifacts/.

const NOTEBOOK = join(PROJECT_ROOT, 'notebooks', 'explore.ipynb');
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts', 'notebook');
const PAGE_SIZE = 7; // small, so the notebook has to follow cursors over several pages

interface NotebookResults {
  graphql_url: string;
  timeline: {
    pages: number;
    columns: string[];
    ids: string[];
    precision: string[];
    earliest: (string | null)[];
    latest: (string | null)[];
  };
  actors: {
    ids: string[];
    degree: Record<string, number>;
    betweenness: Record<string, number>;
    top_by_degree: string[];
    top_by_betweenness: string[];
    relationship_count: number;
  };
  edge: { id: string; quotes: string[] };
  plot: string;
}

interface NotebookCell {
  cell_type: string;
  source: string | string[];
  outputs?: { output_type: string; data?: Record<string, unknown>; text?: string | string[] }[];
  execution_count?: number | null;
}

const byName = (names: Record<string, string>) => (a: string, b: string) =>
  (names[a] ?? a) < (names[b] ?? b) ? -1 : (names[a] ?? a) > (names[b] ?? b) ? 1 : 0;

describe('notebooks/explore.ipynb', () => {
  let client: GraphClient;
  let app: AppUnderTest;
  let venv: PythonVenv;
  let results: NotebookResults;
  let executed: { cells: NotebookCell[] };

  beforeAll(async () => {
    venv = await ensureNotebookVenv({ log: console.log });
    client = await connectTestClient();
    app = await startAppUnderTest(client);
    await rm(ARTIFACTS, { recursive: true, force: true });
    await mkdir(ARTIFACTS, { recursive: true });
    const resultsPath = join(ARTIFACTS, 'results.json');
    const executedPath = join(ARTIFACTS, 'explore.executed.ipynb');
    await runPython(venv, ['tests/notebook/run-notebook.py', NOTEBOOK, executedPath], {
      env: { GRAPHQL_URL: app.graphqlUrl, PAGE_SIZE: String(PAGE_SIZE), NOTEBOOK_RESULTS: resultsPath },
      timeoutMs: 600_000,
    });
    results = JSON.parse(await readFile(resultsPath, 'utf8')) as NotebookResults;
    executed = JSON.parse(await readFile(executedPath, 'utf8')) as { cells: NotebookCell[] };
  }, 1_200_000);

  afterAll(async () => {
    await app?.close();
    await client?.close();
  });

  it('is committed without outputs or execution counts', async () => {
    const committed = JSON.parse(await readFile(NOTEBOOK, 'utf8')) as { cells: NotebookCell[] };
    const code = committed.cells.filter((cell) => cell.cell_type === 'code');
    expect(code.length).toBeGreaterThan(0);
    for (const cell of code) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });

  it('explains each step to the analyst in a markdown cell before its code', () => {
    const kinds = executed.cells.map((cell) => cell.cell_type);
    expect(kinds[0]).toBe('markdown');
    expect(kinds.filter((kind) => kind === 'markdown').length).toBeGreaterThanOrEqual(7);
  });

  it('read the API the test server serves', () => {
    expect(results.graphql_url).toBe(app.graphqlUrl);
  });

  it('has exactly the timeline’s events in the DataFrame, in order, paging with cursors', async () => {
    const timeline = await readWholeTimeline(app);
    expect(results.timeline.ids).toEqual(timeline.map((event) => event.id));
    expect(results.timeline.pages).toBe(Math.ceil(timeline.length / PAGE_SIZE));
    expect(results.timeline.pages).toBeGreaterThan(1);
  });

  it('keeps each event’s dates with their precision', async () => {
    const timeline = await readWholeTimeline(app);
    expect(results.timeline.precision).toEqual(timeline.map((event) => event.precision));
    expect(results.timeline.earliest).toEqual(timeline.map((event) => event.earliest));
    expect(results.timeline.latest).toEqual(timeline.map((event) => event.latest));
    expect(results.timeline.columns).toEqual(
      expect.arrayContaining(['earliest', 'latest', 'precision', 'relative_phrase']),
    );
  });

  it('ranks actors by degree as the graph says', async () => {
    const degrees = await actorDegrees(client);
    expect(results.actors.degree).toEqual(degrees);
    const names = Object.fromEntries(
      (
        await client.read<{ id: string; name: string }>('MATCH (a:Actor) RETURN a.id AS id, a.name AS name')
      ).map((row) => [row.id, row.name]),
    );
    const expected = Object.keys(degrees)
      .sort((a, b) => (degrees[b] ?? 0) - (degrees[a] ?? 0) || byName(names)(a, b))
      .slice(0, 5);
    expect(results.actors.top_by_degree).toEqual(expected);
  });

  it('ranks actors by betweenness as networkx computes it on the graph’s own relationships', async () => {
    const { actors, links } = await actorLinks(client);
    const script = [
      'import json, sys',
      'import networkx as nx',
      'data = json.load(sys.stdin)',
      'graph = nx.Graph()',
      'graph.add_nodes_from(data["actors"])',
      'graph.add_edges_from(data["links"])',
      'centrality = nx.betweenness_centrality(graph)',
      'print(json.dumps({a: round(centrality[a], 6) for a in data["actors"]}))',
    ].join('\n');
    const expected = JSON.parse(
      await runPython(venv, ['-c', script], { input: JSON.stringify({ actors, links }) }),
    ) as Record<string, number>;
    expect(results.actors.betweenness).toEqual(expected);
    expect(results.actors.top_by_betweenness[0]).toBe(
      Object.keys(expected).sort((a, b) => (expected[b] ?? 0) - (expected[a] ?? 0))[0],
    );
  });

  it('shows exactly the quotes the graph holds for the best-evidenced actor relationship', async () => {
    expect(results.edge.quotes.length).toBeGreaterThan(0);
    expect(results.edge.quotes).toEqual(await quotesOfRelationship(client, results.edge.id));
    const [most] = await client.read<{ n: number }>(
      'MATCH (:Actor)-[r]-(:Entity) WHERE r.evidenceIds IS NOT NULL RETURN max(size(r.evidenceIds)) AS n',
    );
    expect(results.edge.quotes.length).toBe(most?.n);
    const printed = executed.cells
      .flatMap((cell) => cell.outputs ?? [])
      .flatMap((o) => [o.text ?? []].flat());
    expect(printed.join('')).toContain(`“${results.edge.quotes[0]}”`);
  });

  it('plots the timeline as a PNG, inline and on disk', async () => {
    expect(existsSync(results.plot)).toBe(true);
    const png = await readFile(results.plot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    const images = executed.cells.flatMap((cell) => cell.outputs ?? []).filter((o) => o.data?.['image/png']);
    expect(images).toHaveLength(1);
  });

  it('ran every cell without an error output', () => {
    const outputs = executed.cells.flatMap((cell) => cell.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === 'error')).toEqual([]);
    for (const cell of executed.cells.filter((c) => c.cell_type === 'code'))
      expect(cell.execution_count).toBeGreaterThan(0);
  });

  it('runs the README’s "Use from a notebook" snippet as printed', async () => {
    const readme = await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.split('## Use from a notebook')[1]?.split('\n## ')[0] ?? '';
    const snippet = /```python\n([\s\S]*?)```/.exec(section)?.[1];
    expect(snippet, 'a python block in the README section').toBeTruthy();
    const output = await runPython(venv, [
      '-c',
      (snippet ?? '').replaceAll('http://localhost:4000', app.base),
    ]);
    const timeline = await readWholeTimeline(app);
    for (const event of timeline.slice(0, 3)) expect(output).toContain(event.id);
  });
});
