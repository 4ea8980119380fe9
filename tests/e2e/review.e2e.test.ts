import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../api/app-handlers.js';
import { createAppServer } from '../../api/server.js';
import type { GraphClient } from '../../graph/client.js';
import { PROJECT_ROOT } from '../../graph/project-paths.js';
import { ensureWebBuilt, launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { type ListeningServer, listenOnLoopback } from '../support/loopback-server.js';
import { connectTestClient } from '../support/test-neo4j.js';
import { createTestToken, dataOf, postGraphql, removeWritesBy } from '../support/write-api.js';
import { installAxe, seriousViolations } from './support/axe.js';

// Issue 13 in Debian's Chromium against the real API and the seeded test Neo4j: sign in with a
// token made here, add an ingestion fixture, review it with the keyboard only (reject with a
// reason, merge a mention into an existing entity, correct a date, accept), see the result in
// graph, timeline and reader, sign out, and find a reader token refused. Steps build on each
// other. Everything written is removed at the end, and the entity merged into is put back.
const EDITOR = 'review-e2e-editor';
const READER = 'review-e2e-reader';
const FIXTURE = resolve(PROJECT_ROOT, 'ingest/fixtures/articles/04-uae-swap-august-2025.txt');
const MERGE_TARGET = 'actor:russian-delegation';

interface Item {
  id: string;
  itemKind: string;
  label: string;
  name: string;
  status: string;
  candidates: { id: string }[];
}

// Budgets for a busy shared machine (load ~18 seen): one ingest is some hundred small writes.
const SLOW = 300_000;

describe('review in the browser', { timeout: 2 * SLOW }, () => {
  let client: GraphClient;
  let server: ListeningServer;
  let browser: TestBrowser;
  let page: Page;
  let editor: string;
  let reader: string;
  let sourceId: string;
  let items: Item[] = [];
  let targetBefore: Record<string, unknown>;

  const review = async () => {
    type Answer = { reviewSource: { items: Item[] } };
    const query =
      '{ reviewSource(sourceId: "ID") { items { id itemKind label name status candidates { id } } } }';
    return dataOf(
      await postGraphql<Answer>(`${server.base}/graphql`, query.replace('ID', sourceId), {}, editor),
    ).reviewSource.items;
  };

  /** j until the panel shows this item (keyboard only). */
  const goTo = async (id: string) => {
    for (let step = 0; step <= items.length; step++) {
      if ((await page.locator('.review-panel-item').getAttribute('data-id')) === id) return;
      await page.keyboard.press('j');
    }
    throw new Error(`j never reached ${id}`);
  };

  const done = (text: string) =>
    page.locator('.review-message', { hasText: text }).waitFor({ timeout: SLOW });

  /** The app's first load finished (the graph drawn, or an error shown). */
  const loaded = () =>
    page.waitForFunction(
      () => ['ready', 'empty', 'error'].includes(document.body.dataset.status ?? ''),
      null,
      {
        timeout: SLOW,
      },
    );

  beforeAll(async () => {
    const webDistDir = await ensureWebBuilt();
    client = await connectTestClient();
    // A deadline for a busy machine: one ingest is some hundred small writes in one transaction.
    const handlers = createAppHandlers(client, { dev: false, corsOrigins: '*', deadlineMs: 90_000 });
    server = await listenOnLoopback(createAppServer({ client, webDistDir, ...handlers }));
    editor = await createTestToken(client, EDITOR, 'editor');
    reader = await createTestToken(client, READER, 'reader');
    [{ props: targetBefore }] = (await client.read(
      'MATCH (n:Entity {id: $id}) RETURN properties(n) AS props',
      {
        id: MERGE_TARGET,
      },
    )) as [{ props: Record<string, unknown> }];
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    await installAxe(page);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (client) {
      await client.write('MATCH ()-[r]->() WHERE r.createdBy IN $authors DELETE r', { authors: [EDITOR] });
      await removeWritesBy(client, [EDITOR, READER]);
      await client.write('MATCH (n:Entity {id: $id}) SET n = $props', {
        id: MERGE_TARGET,
        props: targetBefore,
      });
      await client.close();
    }
  });

  it('shows no write control to a signed-out visitor', async () => {
    await page.goto(server.base);
    await loaded();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.locator('.write-controls button').count()).toBe(0);
  });

  it('signs in with a token and shows the write controls', async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.keyboard.type(editor);
    await page.keyboard.press('Enter');
    await page.locator('.auth-viewer', { hasText: `${EDITOR} · editor` }).waitFor();
    await page.getByRole('button', { name: 'Add a source' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('conflict-graph.token'))).toBe(editor);
  });

  it('adds a fixture from a file, prefilled, and opens its review', async () => {
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.locator('#add-source-file').setInputFiles(FIXTURE);
    await page.locator('.add-source-status', { hasText: 'Read 04-uae-swap' }).waitFor();
    expect(await page.locator('#add-source-title-input').inputValue()).toBe(
      'Ukraine and Russia swap 146 prisoners each on Independence Day',
    );
    expect(await page.locator('#add-source-published').inputValue()).toBe('2025-08-24');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'review-01-add-source');
    await page.getByRole('button', { name: 'Add and review' }).click();
    // Either the review opens, or the dialog says what went wrong (shown in the failure).
    await page.waitForFunction(
      () =>
        document.querySelector('.review-screen[open] .review-panel-item') ||
        document.querySelector('.add-source-status.is-error'),
      null,
      { timeout: SLOW },
    );
    expect(
      await page.locator('.add-source-status.is-error').count(),
      (await page.locator('.add-source-status').textContent()) ?? '',
    ).toBe(0);
    await page.locator('.review-message', { hasText: 'Added' }).waitFor();
    const queue = dataOf(
      await postGraphql<{ reviewQueue: { source: { id: string; title: string } }[] }>(
        `${server.base}/graphql`,
        '{ reviewQueue { source { id title } } }',
        {},
        editor,
      ),
    ).reviewQueue;
    sourceId = queue.find((e) => e.source.title.startsWith('Ukraine and Russia swap 146'))?.source.id ?? '';
    expect(sourceId).not.toBe('');
    items = await review();
    expect(await page.locator('.review-text mark.proposal').count()).toBeGreaterThan(5);
    expect(await page.locator('.review-progress-label').textContent()).toBe(
      `0 of ${items.length} reviewed, ${items.length} left`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'review-02-review-screen');
  });

  it('rejects a proposal with a reason, from the keyboard', async () => {
    const place = items.find((i) => i.name === 'Kursk region');
    if (!place) throw new Error('no Kursk region proposal');
    await goTo(place.id);
    await page.keyboard.press('r');
    await page.keyboard.type('A region named in passing, not an event place');
    await page.keyboard.press('Enter');
    await done('Rejected Kursk region');
    const history = await client.read<{ reason: string }>(
      "MATCH (r:Revision {targetId: $id, action: 'SET_STATUS'}) RETURN r.reason AS reason",
      { id: place.id },
    );
    expect(history.map((h) => h.reason)).toEqual(['A region named in passing, not an event place']);
  });

  it('merges a mention into an existing entity, from the keyboard', async () => {
    const ministry = items.find((i) => i.name === 'Russian Defence Ministry');
    expect(ministry?.candidates.map((c) => c.id)).toContain(MERGE_TARGET);
    await goTo(ministry?.id ?? '');
    await page.keyboard.press('m');
    expect(await page.locator('#review-prompt').inputValue()).toBe(MERGE_TARGET);
    await page.keyboard.press('Enter');
    await done(`into ${MERGE_TARGET}`);
    const [kept] = await client.read<{ aliases: string[] }>(
      'MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases',
      {
        id: MERGE_TARGET,
      },
    );
    expect(kept?.aliases).toContain('Russian Defence Ministry');
  });

  it('corrects an event date and accepts it, from the keyboard', async () => {
    const event = items.find((i) => i.itemKind === 'event');
    if (!event) throw new Error('no event proposal');
    await goTo(event.id);
    await page.keyboard.press('e');
    await page.locator('#edit-name').waitFor();
    for (const field of ['#edit-earliest', '#edit-latest']) {
      while (!(await page.locator(field).evaluate((el) => el === document.activeElement))) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2025-08-23');
    }
    await page.keyboard.press('Enter');
    await done(`Saved ${event.name}`);
    await page.locator('.review-dates', { hasText: '2025-08-23' }).waitFor();
    await page.keyboard.press('a');
    await done(`Accepted ${event.name}`);
    const after = (await review()).find((i) => i.id === event.id);
    expect(after?.status).toBe('ACCEPTED');
    await screenshot(page, 'review-03-after-actions');
  });

  it('undoes the last action with u', async () => {
    const entity = items.find((i) => i.itemKind === 'entity' && i.name === 'Dmytro Khyliuk');
    if (!entity) throw new Error('no Dmytro Khyliuk proposal');
    await goTo(entity.id);
    await page.keyboard.press('a');
    await done('Accepted Dmytro Khyliuk');
    await page.keyboard.press('u');
    await done('Undone');
    expect((await review()).find((i) => i.id === entity.id)?.status).toBe('PROPOSED');
  });

  it('shows the accepted event in the graph, the timeline and the reader once closed', async () => {
    const event = items.find((i) => i.itemKind === 'event') as Item;
    await page.keyboard.press('Escape');
    await page
      .locator('.review-screen[open]')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await page.waitForFunction(() => !document.querySelector('.review-screen[open]'));
    // The app reloads graph and timeline; on a loaded machine a read may time out, and the
    // banner's Retry loads again, as a user would.
    await page.waitForFunction(
      (id) => {
        const status = document.body.dataset.status;
        if (status === 'error') document.querySelector<HTMLButtonElement>('.banner button')?.click();
        const app = (
          window as unknown as { __app: { data: { get(): { model: { nodes: Map<string, unknown> } } } } }
        ).__app;
        return status === 'ready' && app.data.get().model.nodes.has(id);
      },
      event.id,
      { timeout: SLOW, polling: 1000 },
    );
    const onTimeline = await page.evaluate(
      (id) =>
        (window as unknown as { __app: { data: { get(): { events: { id: string }[] } } } }).__app.data
          .get()
          .events.some((e) => e.id === id),
      event.id,
    );
    expect(onTimeline).toBe(true);
    await page.locator('#panel-reader', { hasText: 'released 146 prisoners of war' }).waitFor();
    await screenshot(page, 'review-04-graph-after-review');
  });

  it('signs out and leaves no write control', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.locator('.write-controls button, .review-action').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('conflict-graph.token'))).toBeNull();
  });

  it('gives a reader token no write control, and refuses its write with a message', async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.keyboard.type(reader);
    await page.keyboard.press('Enter');
    await page.locator('.auth-viewer', { hasText: `${READER} · reader` }).waitFor();
    expect(await page.locator('.write-controls button').count()).toBe(0);
    const refused = await page.evaluate(async (id) => {
      const token = sessionStorage.getItem('conflict-graph.token');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation ($input: ReviewProposalsInput!) { acceptProposals(input: $input) { ids } }',
          variables: { input: { ids: [id] } },
        }),
      });
      return (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    }, items[0]?.id);
    expect(refused.errors[0]?.extensions.code).toBe('FORBIDDEN');
    expect(refused.errors[0]?.message).toContain('writing needs editor or admin');
  });
});
