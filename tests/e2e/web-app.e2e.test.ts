import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../api/app-handlers.js';
import { createAppServer } from '../../api/server.js';
import type { GraphClient } from '../../graph/client.js';
import { ensureWebBuilt, launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { connectTestClient } from '../support/test-neo4j.js';
import { clickNode, hasClass, nodeIds, selectedIds, waitForGraph } from '../support/web-page.js';
import { E2E_DEADLINE_MS } from './support/web-app-server.js';

// The web app against the real API and the seeded real Neo4j, in Debian's Chromium. Each step
// leaves a screenshot in test-artifacts/. Steps build on each other, in order.

const listen = (server: Server, port = 0) =>
  new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
const close = (server: Server) =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

// Loading the page waits up to two minutes for the graph on a busy machine (web-page.ts).
describe('web app', { timeout: 180_000 }, () => {
  let client: GraphClient;
  let webDistDir: string;
  let server: Server;
  let port: number;
  let base: string;
  let browser: TestBrowser;
  let page: Page;

  const startServer = async (at = 0) => {
    server = createAppServer({
      client,
      webDistDir,
      ...createAppHandlers(client, { dev: false, corsOrigins: '*', deadlineMs: E2E_DEADLINE_MS }),
    });
    await listen(server, at);
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  };

  beforeAll(async () => {
    webDistDir = await ensureWebBuilt();
    client = await connectTestClient();
    await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.listening) await close(server);
    await client?.close();
  });

  it('loads the page and draws every seeded entity in the graph', async () => {
    await page.goto(base);
    await waitForGraph(page);
    await screenshot(page, '01-loaded');
    const ids = await nodeIds(page);
    const stats = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entityCount } }' }),
    }).then((r) => r.json() as Promise<{ data: { stats: { entityCount: number } } }>);
    expect(ids.length).toBe(stats.data.stats.entityCount);
    for (const id of [
      'actor:russia',
      'actor:ukraine',
      'actor:turkey',
      'event:most-recent-prisoner-exchange',
      'event:istanbul-talks',
      'place:istanbul',
    ]) {
      expect(ids).toContain(id);
    }
    expect(await page.locator('.legend-kind[data-kind="ACTOR"] .legend-count').textContent()).not.toBe('0');
  });

  it('finds Ukraine when searching "Kyiv" and selects it', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('Kyiv');
    await page.locator('.search-hit').first().waitFor();
    await screenshot(page, '02-search-kyiv');
    expect(await page.locator('.search-hit').first().getAttribute('data-id')).toBe('actor:ukraine');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('sel=actor:ukraine'));
    expect(await selectedIds(page)).toEqual(['actor:ukraine']);
    await page.locator('.details-title', { hasText: 'Ukraine' }).waitFor();
    await screenshot(page, '03-ukraine-selected');
  });

  it('shows the prisoner exchange’s quote when it is clicked', async () => {
    await clickNode(page, 'event:most-recent-prisoner-exchange');
    await page
      .locator('.details-title', { hasText: 'Most recent Russia–Ukraine prisoner exchange' })
      .waitFor();
    const quotes = await page.locator('.quote blockquote').allTextContents();
    expect(quotes).toContain(
      'In this most recent swap, both nations returned multiple individuals who had been imprisoned.',
    );
    expect(await page.locator('.event-time').textContent()).toContain('this most recent swap');
    await screenshot(page, '04-exchange-quote');
  });

  it('marks and scrolls to the selection’s quotes in the reader', async () => {
    await page
      .locator('.quote', { hasText: 'In this most recent swap' })
      .getByRole('button', { name: 'Show in article' })
      .click();
    await page.locator('#panel-reader mark.is-linked').first().waitFor();
    const linked = await page.locator('#panel-reader mark.is-linked').allTextContents();
    expect(linked.join(' ')).toContain('In this most recent swap');
    // The picked quote is the current one and lies inside the reader's visible area.
    await page.waitForFunction(() => {
      const current = [...document.querySelectorAll('#panel-reader mark.is-current')];
      const body = document.querySelector('#panel-reader .reader-body');
      const first = current[0];
      if (!first || !body) return false;
      const a = first.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      const text = current.map((mark) => mark.textContent).join('');
      return text.includes('In this most recent swap') && a.top >= b.top && a.bottom <= b.bottom;
    });
    await screenshot(page, '05-reader-marks-selection');
  });

  it('selects what a highlighted quote supports when it is clicked', async () => {
    await page.locator('#panel-reader mark', { hasText: 'Moscow and Kyiv' }).first().click();
    await page.waitForFunction(
      () => location.search.includes('actor:russia') && location.search.includes('actor:ukraine'),
    );
    const selected = await selectedIds(page);
    expect(selected).toEqual(expect.arrayContaining(['actor:russia', 'actor:ukraine']));
    await screenshot(page, '06-quote-selects-nodes');
  });

  it('filters the graph to a time range brushed on the timeline', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Show every dated event' }).click();
    const panel = await page.locator('.timeline-canvas .vis-panel.vis-center').boundingBox();
    if (!panel) throw new Error('The timeline is not drawn');
    const y = panel.y + Math.min(40, panel.height / 2);
    // From about 70% of the axis (mid-2022 on a 2014–2026 axis) to its end.
    await page.keyboard.down('Shift');
    await page.mouse.move(panel.x + panel.width * 0.7, y);
    await page.mouse.down();
    await page.mouse.move(panel.x + panel.width * 0.85, y, { steps: 4 });
    await page.mouse.move(panel.x + panel.width - 2, y, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.waitForFunction(() => location.search.includes('from=') && location.search.includes('to='));
    await screenshot(page, '07-brushed-range');
    expect(await hasClass(page, 'event:crimea-annexation-treaty', 'hidden')).toBe(true);
    expect(await hasClass(page, 'event:istanbul-round2-2025', 'hidden')).toBe(false);
    expect(await hasClass(page, 'actor:ukraine', 'hidden')).toBe(false);
    expect(await page.locator('.range-chip').isVisible()).toBe(true);
    const hidden = await nodeIds(page, '.hidden');
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('restores a shared link on reload: selection, filters, time range, lanes and panel', async () => {
    const shared = `${base}/?sel=event:most-recent-prisoner-exchange&kinds=ACTOR,EVENT&from=2025-01-01&to=2025-12-31&lanes=actor&panel=reader`;
    await page.goto(shared);
    await waitForGraph(page);
    await page.reload();
    await waitForGraph(page);
    expect(await selectedIds(page)).toEqual(['event:most-recent-prisoner-exchange']);
    expect((await nodeIds(page, '.hidden')).some((id) => id.startsWith('claim:'))).toBe(true);
    expect(await hasClass(page, 'claim:ukraine-demands-territorial-sovereignty', 'hidden')).toBe(true);
    expect(await page.locator('.seg[data-lanes="actor"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#tab-reader').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.range-text').textContent()).toBe('2025-01-01 → 2025-12-31');
    await page.locator('#panel-reader mark.is-linked').first().waitFor();
    expect(await page.locator('.relative-chip.is-selected').count()).toBe(1);
    expect(new URL(page.url()).search).toBe(new URL(shared).search);
    await screenshot(page, '08-shared-link-restored');
  });

  it('finds the paths between two selected nodes and highlights one', async () => {
    await page.goto(`${base}/?sel=actor:turkey,actor:ukraine`);
    await waitForGraph(page);
    await page.getByRole('button', { name: /Find paths: Turkey → Ukraine/ }).click();
    await page.locator('.path-steps').waitFor();
    expect(new URL(page.url()).searchParams.get('path')).toBe('actor:turkey,actor:ukraine');
    const onPath = await nodeIds(page, '.on-path');
    expect(onPath).toEqual(expect.arrayContaining(['actor:turkey', 'actor:ukraine']));
    expect(await page.locator('.path-steps').textContent()).toMatch(/^Turkey .* Ukraine$/);
    await screenshot(page, '09-path-found');
  });

  it('exports the graph as PNG and the visible graph as JSON', async () => {
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the graph as a PNG image' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^conflict-graph-.*\.png$/);
    const pngBytes = await readFile((await png.path()) as string);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the visible graph as JSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await json.path()) as string, 'utf8')) as {
      nodes: { id: string; evidence?: string[] }[];
      edges: { id: string; evidence?: string[] }[];
      view: { selection: string[] };
    };
    const visible = (await nodeIds(page)).length - (await nodeIds(page, '.hidden')).length;
    expect(exported.nodes).toHaveLength(visible);
    // Like /export/graph.json, every element carries its quotes.
    expect(exported.nodes.find((n) => n.id === 'actor:turkey')?.evidence?.length).toBeGreaterThan(0);
    expect(exported.edges.every((e) => (e.evidence?.length ?? 0) > 0)).toBe(true);
    expect(exported.view.selection).toEqual(['actor:turkey', 'actor:ukraine']);
  });

  it('shows the error banner with Retry when the API stops, and recovers when it is back', async () => {
    await page.goto(base);
    await waitForGraph(page);
    await close(server);
    await clickNode(page, 'actor:turkey');
    const banner = page.locator('.banner');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toContain('Cannot reach the API server');
    await screenshot(page, '10-api-down-banner');
    await startServer(port);
    await banner.getByRole('button', { name: 'Retry' }).click();
    await banner.waitFor({ state: 'hidden' });
    await page.locator('.details-title', { hasText: 'Turkey' }).waitFor();
    await screenshot(page, '11-api-back');
  });

  it('never shows a blank page when the API is down from the start', async () => {
    // The app's files are served, but /graphql answers like a proxy whose upstream is gone.
    const files = sirv(webDistDir, { single: true });
    const deadApi = createServer((req, res) => {
      if (req.url?.startsWith('/graphql')) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('Bad Gateway');
        return;
      }
      files(req, res, () => {
        res.writeHead(404);
        res.end();
      });
    });
    await listen(deadApi);
    try {
      const other = await browser.newPage();
      await other.goto(`http://127.0.0.1:${(deadApi.address() as AddressInfo).port}/`);
      await other.locator('.banner').waitFor({ state: 'visible' });
      expect(await other.locator('.banner').textContent()).toContain('Cannot reach the API server');
      expect(await other.locator('.graph-overlay').textContent()).toContain('could not be loaded');
      await screenshot(other, '12-api-down-at-start');
      await other.close();
    } finally {
      await close(deadApi);
    }
  });
});
