import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../api/app-handlers.js';
import { createAppServer } from '../../api/server.js';
import type { GraphClient } from '../../graph/client.js';
import { ingestSource } from '../../graph/write/ingest-source.js';
import { runPipeline } from '../../ingest/run-pipeline.js';
import { listenOnLoopback } from '../support/loopback-server.js';
import { connectTestClient } from '../support/test-neo4j.js';
import {
  codeOf,
  createTestToken,
  databaseFingerprint,
  dataOf,
  postGraphql,
  removeWritesBy,
  type WriteApi,
} from '../support/write-api.js';

// Issue 12 end to end over HTTP: one wire report becomes PROPOSED items hidden from default
// reads; accepting them puts the events on the timeline and in search. The shared test
// database is left as found (everything written here is removed by author at the end).
const EDITOR = 'ingest-source-editor';
const READER = 'ingest-source-reader';
const FORCED = 'ingest-source-forced';
const FIXTURE_DIR = 'ingest/fixtures/articles';
const FIXTURE = join(FIXTURE_DIR, '08-drc-rwanda-agreement-june-2025.txt');
const HTML_PAGE = 'ingest/fixtures/pages/10-armenia-azerbaijan-declaration-august-2025.html';

const INGEST = `mutation ($input: IngestSourceInput!) {
  ingestSource(input: $input) {
    source { id title } created code
    proposals { id proposal kind name status quote confidence rule }
  }
}`;
const ACCEPT = `mutation ($input: ReviewProposalsInput!) { acceptProposals(input: $input) { ids } }`;
const TIMELINE = `query ($after: String) {
  timeline(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const SEARCH = 'query ($q: String!) { search(query: $q, first: 50) { entity { id } } }';

interface Ingested {
  ingestSource: {
    source: { id: string };
    created: boolean;
    code: string | null;
    proposals: { id: string; kind: string; name: string; status: string; quote: string; rule: string }[];
  };
}

let client: GraphClient;
let api: WriteApi;
let editor: string;
let reader: string;
let text: string;

beforeAll(async () => {
  client = await connectTestClient();
  api = await startIngestApi(client);
  editor = await createTestToken(client, EDITOR, 'editor');
  reader = await createTestToken(client, READER, 'reader');
  // The fixture without its front matter: the article body, as a client would paste it.
  text = (await readFile(FIXTURE, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
});

afterAll(async () => {
  await removeWritesBy(client, [EDITOR, READER, FORCED]);
  await api?.close();
  await client?.close();
});

// The app as startWriteApi serves it, with a request deadline for a busy machine: one ingest
// is some hundred small writes in one transaction (the speed figure is the benchmark's job).
async function startIngestApi(graph: GraphClient): Promise<WriteApi> {
  const auth = { requireTokenForReads: false, writesPerMinute: 10_000 };
  const handlers = createAppHandlers(graph, { dev: false, corsOrigins: '*', auth, deadlineMs: 90_000 });
  const server = createAppServer({ client: graph, webDistDir: '/nonexistent', ...handlers });
  const { base, close } = await listenOnLoopback(server);
  const graphqlUrl = `${base}/graphql`;
  return {
    graphqlUrl,
    close,
    call: (query, variables = {}, token = null) => postGraphql(graphqlUrl, query, variables, token),
  };
}

/** Every event id the default timeline shows, page by page. */
async function timelineIds(): Promise<Set<string>> {
  type Page = {
    timeline: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  };
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page: Page = dataOf(await api.call<Page>(TIMELINE, { after }));
    for (const edge of page.timeline.edges) ids.add(edge.node.id);
    if (!page.timeline.pageInfo.hasNextPage) return ids;
    after = page.timeline.pageInfo.endCursor;
  }
}

const input = () => ({ text, title: 'DRC and Rwanda sign agreement', publishedAt: '2025-06-27' });

describe('ingestSource through GraphQL', { timeout: 120_000 }, () => {
  let ingested: Ingested['ingestSource'];

  it('refuses a caller without a token, and a reader', async () => {
    expect(codeOf(await api.call(INGEST, { input: input() }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.call(INGEST, { input: input() }, reader))).toBe('FORBIDDEN');
  });

  it('writes the source and PROPOSED proposals that default reads do not show', async () => {
    ingested = dataOf(await api.call<Ingested>(INGEST, { input: input() }, editor)).ingestSource;
    expect(ingested.created).toBe(true);
    expect(ingested.code).toBeNull();
    const proposed = ingested.proposals.filter((p) => p.status === 'PROPOSED');
    expect(proposed.some((p) => p.kind === 'event')).toBe(true);
    expect(proposed.some((p) => p.kind === 'relationship')).toBe(true);
    for (const p of ingested.proposals) {
      expect(text).toContain(p.quote);
      expect(p.rule).not.toBe('');
    }
    const shown = await timelineIds();
    for (const p of proposed) expect(shown.has(p.id)).toBe(false);
  });

  it('answers the same text again with the existing source and DUPLICATE_SOURCE', async () => {
    const again = dataOf(await api.call<Ingested>(INGEST, { input: input() }, editor)).ingestSource;
    expect(again).toMatchObject({ created: false, code: 'DUPLICATE_SOURCE', proposals: [] });
    expect(again.source.id).toBe(ingested.source.id);
  });

  it('once accepted, the events are on the timeline and found by search', async () => {
    const ids = ingested.proposals.filter((p) => p.status === 'PROPOSED').map((p) => p.id);
    dataOf(await api.call(ACCEPT, { input: { ids } }, editor));
    const shown = await timelineIds();
    const events = ingested.proposals.filter((p) => p.kind === 'event');
    for (const event of events) expect(shown.has(event.id)).toBe(true);
    const [first] = events;
    const hits = dataOf(
      await api.call<{ search: { entity: { id: string } }[] }>(SEARCH, { q: first?.name ?? '' }),
    );
    expect(hits.search.map((h) => h.entity.id)).toContain(first?.id);
  });

  it('writes every other fixture too, an issue named without its family included', async () => {
    // bench:ingest found an article whose new issue ("…negotiated settlement") failed the whole
    // ingest: the pipeline knows the issue, not its family. It is now proposed without one.
    const others = (await readdir(FIXTURE_DIR)).filter((name) => join(FIXTURE_DIR, name) !== FIXTURE);
    expect(others.length).toBeGreaterThanOrEqual(7);
    for (const name of others) {
      const body = (await readFile(join(FIXTURE_DIR, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
      const answer = await api.call<Ingested>(INGEST, { input: { text: body, title: name } }, editor);
      expect(answer.errors ?? [], name).toEqual([]);
      expect(dataOf(answer).ingestSource.created, name).toBe(true);
    }
  }, 300_000);

  it('a failure mid-ingest leaves the database as it was', async () => {
    const result = runPipeline({
      text: `${text}\nA later paragraph makes this a new source.\n`,
      title: 'Forced failure',
      outlet: null,
      url: null,
      byline: null,
      published: '2025-06-27',
      format: 'text',
    });
    // The last event gets a type the model does not know: the write path refuses it after the
    // source and the earlier proposals were written in the same transaction.
    const lastEvent = result.proposals.findLast((p) => p.kind === 'event');
    expect(lastEvent).toBeDefined();
    Object.assign(lastEvent ?? {}, { type: 'not-an-event-type' });
    const before = await databaseFingerprint(client);
    await expect(
      ingestSource(client, result, { author: { name: FORCED, tokenId: null } }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await databaseFingerprint(client)).toBe(before);
  });
});

const INGEST_PAGE = `mutation ($input: IngestSourceInput!) {
  ingestSource(input: $input) {
    source { id title text } created code
    proposals { id kind status quote }
  }
}`;

interface IngestedPage {
  ingestSource: {
    source: { id: string; title: string; text: string };
    created: boolean;
    proposals: { id: string; kind: string; status: string; quote: string }[];
  };
}

describe('ingestSource with a saved HTML page', { timeout: 120_000 }, () => {
  it('stores the article body alone, and every quote and statement offset points into that text', async () => {
    const html = await readFile(HTML_PAGE, 'utf8');
    const { ingestSource: page } = dataOf(
      await api.call<IngestedPage>(INGEST_PAGE, { input: { html, reason: 'saved page' } }, editor),
    );
    expect(page.created).toBe(true);
    expect(page.source.title).toBe('Armenia and Azerbaijan sign peace declaration at the White House');
    const stored = page.source.text;
    expect(stored).toContain('initialled the text of a peace treaty');
    for (const chrome of ['Subscribe', 'Most read', 'Copyright', 'analytics'])
      expect(stored).not.toContain(chrome);
    expect(page.proposals.some((p) => p.kind === 'event' && p.status === 'PROPOSED')).toBe(true);
    for (const p of page.proposals) expect(stored).toContain(p.quote);
    const statements = await client.read<{ start: number; end: number; text: string }>(
      'MATCH (s:Statement {sourceId: $id}) RETURN s.start AS start, s.end AS end, s.text AS text',
      { id: page.source.id, statuses: ['PROPOSED'] },
    );
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) expect(stored.slice(s.start, s.end)).toBe(s.text);
  });

  it('refuses text and html together, and a page without an article, with BAD_USER_INPUT', async () => {
    const both = { text: 'Talks resumed.', html: '<p>Talks resumed.</p>', title: 'Both' };
    expect(codeOf(await api.call(INGEST_PAGE, { input: both }, editor))).toBe('BAD_USER_INPUT');
    const empty = { html: '<html><body><nav>Menu</nav></body></html>' };
    const answer = await api.call(INGEST_PAGE, { input: empty }, editor);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/no article body/);
  });
});
