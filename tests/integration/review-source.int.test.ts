import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../api/app-handlers.js';
import { createAppServer } from '../../api/server.js';
import type { GraphClient } from '../../graph/client.js';
import { listenOnLoopback } from '../support/loopback-server.js';
import { connectTestClient } from '../support/test-neo4j.js';
import { codeOf, createTestToken, dataOf, postGraphql, removeWritesBy } from '../support/write-api.js';

// Issue 13's read side over HTTP: after one fixture is ingested, `reviewSource` lists what it
// proposes with quotes (offsets into the stored text), rule, confidence and candidates,
// `reviewQueue` counts what is left, and `viewer` tells the client the token's role. The
// shared test database is left as found.
const EDITOR = 'review-source-editor';
const READER = 'review-source-reader';
const FIXTURE = 'ingest/fixtures/articles/04-uae-swap-august-2025.txt';

const INGEST = `mutation ($input: IngestSourceInput!) {
  ingestSource(input: $input) { source { id } proposals { id kind status } }
}`;
const REVIEW = `query ($id: ID!, $status: [ReviewStatus!]) {
  reviewSource(sourceId: $id, status: $status) {
    source { id title } text proposed reviewed
    items { id itemKind label name kind status version rule confidence from to
      quotes { statementId start end sentence text } candidates { id name score why } }
  }
}`;
const QUEUE = '{ reviewQueue { source { id } proposed reviewed addedAt } }';
const VIEWER = '{ viewer { name role canWrite } }';
const ACCEPT = 'mutation ($input: ReviewProposalsInput!) { acceptProposals(input: $input) { ids } }';

interface Item {
  id: string;
  itemKind: string;
  label: string;
  name: string;
  status: string;
  rule: string | null;
  confidence: number | null;
  quotes: { start: number; end: number; text: string }[];
  candidates: { id: string; name: string; score: number }[];
}
interface Review {
  reviewSource: { source: { id: string }; text: string; proposed: number; reviewed: number; items: Item[] };
}
interface Queue {
  reviewQueue: { source: { id: string }; proposed: number; reviewed: number; addedAt: string }[];
}

let client: GraphClient;
let url: string;
let close: () => Promise<void>;
let editor: string;
let reader: string;
let sourceId: string;
const call = <T>(query: string, variables: Record<string, unknown> = {}, token: string | null = null) =>
  postGraphql<T>(url, query, variables, token);

beforeAll(async () => {
  client = await connectTestClient();
  // A deadline for a busy machine: one ingest is some hundred small writes in one transaction.
  const auth = { requireTokenForReads: false, writesPerMinute: 10_000 };
  const handlers = createAppHandlers(client, { dev: false, corsOrigins: '*', auth, deadlineMs: 90_000 });
  const server = await listenOnLoopback(createAppServer({ client, webDistDir: '/nonexistent', ...handlers }));
  url = `${server.base}/graphql`;
  close = server.close;
  editor = await createTestToken(client, EDITOR, 'editor');
  reader = await createTestToken(client, READER, 'reader');
  const text = (await readFile(FIXTURE, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
  const input = { text, title: 'UAE-mediated swap', publishedAt: '2025-08-24' };
  type Ingested = { ingestSource: { source: { id: string } } };
  sourceId = dataOf(await call<Ingested>(INGEST, { input }, editor)).ingestSource.source.id;
}, 180_000);

afterAll(async () => {
  await removeWritesBy(client, [EDITOR, READER]);
  await close?.();
  await client?.close();
});

describe('reviewSource', { timeout: 120_000 }, () => {
  it('lists every proposal with its exact quote, rule and confidence', async () => {
    const review = dataOf(await call<Review>(REVIEW, { id: sourceId }, reader)).reviewSource;
    expect(review.source.id).toBe(sourceId);
    expect(review.items.length).toBeGreaterThan(5);
    expect(review.proposed).toBe(review.items.length);
    const kinds = new Set(review.items.map((i) => i.itemKind));
    for (const kind of ['entity', 'event', 'claim', 'relationship']) expect(kinds).toContain(kind);
    for (const item of review.items) {
      expect(item.status).toBe('PROPOSED');
      expect(item.quotes.length).toBeGreaterThan(0);
      for (const quote of item.quotes) expect(review.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    const explained = review.items.filter((i) => i.rule && i.confidence !== null);
    expect(explained.length).toBe(review.items.length);
    const starts = review.items.map((i) => i.quotes[0]?.start ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives a mention its resolution candidates among existing entities', async () => {
    const review = dataOf(await call<Review>(REVIEW, { id: sourceId }, reader)).reviewSource;
    const ministry = review.items.find((i) => i.name === 'Russian Defence Ministry');
    expect(ministry?.candidates.map((c) => c.id)).toContain('actor:russian-delegation');
    for (const c of ministry?.candidates ?? []) expect(c.score).toBeGreaterThan(0);
  });

  it('filters by status and counts judged items once some are accepted', async () => {
    const before = dataOf(await call<Review>(REVIEW, { id: sourceId }, reader)).reviewSource;
    const event = before.items.find((i) => i.itemKind === 'event');
    expect(event).toBeDefined();
    dataOf(await call(ACCEPT, { input: { ids: [event?.id] } }, editor));
    const accepted = dataOf(await call<Review>(REVIEW, { id: sourceId, status: ['ACCEPTED'] }, reader));
    expect(accepted.reviewSource.items.map((i) => i.id)).toEqual([event?.id]);
    const after = dataOf(await call<Review>(REVIEW, { id: sourceId }, reader)).reviewSource;
    expect(after).toMatchObject({ proposed: before.proposed - 1, reviewed: 1 });
  });

  it('is read with a token only: proposals are not public', async () => {
    expect(codeOf(await call(REVIEW, { id: sourceId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await call(QUEUE))).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown source', async () => {
    expect(codeOf(await call(REVIEW, { id: 'source:no-such-article' }, reader))).toBe('NOT_FOUND');
  });
});

describe('reviewQueue', { timeout: 120_000 }, () => {
  it('lists the ingested source with what is left, and not the fully seeded ones', async () => {
    const queue = dataOf(await call<Queue>(QUEUE, {}, reader)).reviewQueue;
    const entry = queue.find((e) => e.source.id === sourceId);
    const review = dataOf(await call<Review>(REVIEW, { id: sourceId }, reader)).reviewSource;
    expect(entry).toMatchObject({ proposed: review.proposed, reviewed: review.reviewed });
    expect(entry?.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    for (const e of queue) expect(e.proposed).toBeGreaterThan(0);
  });

  it('refuses a page size out of range', async () => {
    expect(codeOf(await call('{ reviewQueue(first: 0) { proposed } }', {}, reader))).toBe('BAD_USER_INPUT');
  });
});

describe('viewer', () => {
  it('names the token and its role, and is null without one', async () => {
    expect(dataOf(await call<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    expect(dataOf(await call<{ viewer: unknown }>(VIEWER, {}, editor)).viewer).toEqual({
      name: EDITOR,
      role: 'editor',
      canWrite: true,
    });
    expect(dataOf(await call<{ viewer: unknown }>(VIEWER, {}, reader)).viewer).toEqual({
      name: READER,
      role: 'reader',
      canWrite: false,
    });
  });
});
