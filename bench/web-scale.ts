// `npm run bench:web:scale [-- --events=10000 --runs=3]`: the web app on a generated corpus
// (bench/corpus, through the seed writer) in headless Chromium at 1280×800, against the real app
// server: the first drawn overview after navigation, a click answered (the selection drawn, and
// the details panel filled), panning fps, and the JS heap. Screenshots go to SCREENS_DIR
// (default /work/screens/issue-14). Uses NEO4J_URI when set, otherwise the project's own Neo4j
// (CONFLICT_GRAPH_DATA_DIR / NEO4J_BOLT_PORT choose which). A corpus of the asked size already
// loaded is reused; another size is removed first (only ids containing ":gen-").

import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { createAppHandlers } from '../api/app-handlers.js';
import { createAppServer } from '../api/server.js';
import { GraphClient } from '../graph/client.js';
import { readGraphConfig } from '../graph/config.js';
import { openGraph } from '../graph/open-graph.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { isDatabaseEmpty, seedDatabase } from '../graph/seed/seed-database.js';
import { writeSeedPlan } from '../graph/seed/write-seed-plan.js';
import { launchBrowser, WEB_DIST } from '../tests/support/browser.js';
import { CORPUS_PREFIX, generateCorpus } from './corpus/generate-corpus.js';
import { splitPlan } from './corpus/split-plan.js';
import { percentile } from './measure.js';
import { clickTiming, heapMb, panningFps } from './web-scale-probes.js';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const SCREENS = process.env.SCREENS_DIR ?? '/work/screens/issue-14';
const log = (line: string) => console.log(line);

const config = readGraphConfig();
const graph = await openGraph(config, { log });
const credentials = graph.local ?? {
  uri: config.uri ?? '',
  username: config.username,
  password: config.password ?? '',
};
const writer = await GraphClient.connect({ ...credentials, transactionTimeoutMs: 30 * 60_000 });
const server = createAppServer({
  client: graph.client,
  webDistDir: WEB_DIST,
  ...createAppHandlers(graph.client, { dev: false, corsOrigins: '*' }),
});
const browser = await launchBrowser();

async function corpusEvents(): Promise<number> {
  const rows = await graph.client.read<{ n: number }>(
    'MATCH (n:Event) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n',
    { prefix: `event:${CORPUS_PREFIX}` },
  );
  return rows[0]?.n ?? 0;
}

async function loadCorpus(): Promise<number | null> {
  if ((await corpusEvents()) === EVENTS) return null;
  await writer.runAutoCommit(
    'MATCH (n:Seeded) WHERE n.id CONTAINS $marker CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    { marker: `:${CORPUS_PREFIX}` },
  );
  const started = performance.now();
  for (const chunk of splitPlan(generateCorpus(EVENTS), 25_000)) await writeSeedPlan(writer, chunk, false);
  return (performance.now() - started) / 1000;
}

async function firstView(page: Page, url: string) {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  await page.waitForFunction(
    () => document.body.dataset.graph === 'drawn' || document.body.dataset.graph === 'settled',
    null,
    {
      timeout: 120_000,
    },
  );
  await page.waitForFunction(() => document.body.dataset.status === 'ready', null, { timeout: 120_000 });
  return (await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return { data: at('graph-data'), drawn: at('graph-drawn'), ready: performance.now(), nodes: window.__cy.nodes().length,
      events: window.__app.data.get().events.length, banner: document.querySelector('[role=alert]')?.textContent ?? '' };
  })()`)) as { data: number; drawn: number; ready: number; nodes: number; events: number; banner: string };
}

try {
  await applyMigrations(graph.client);
  if (await isDatabaseEmpty(graph.client)) await seedDatabase(graph.client, { log });
  const loadSeconds = await loadCorpus();
  log(
    loadSeconds === null
      ? `corpus of ${EVENTS} events already loaded`
      : `loaded ${EVENTS} events in ${loadSeconds.toFixed(1)} s`,
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await mkdir(SCREENS, { recursive: true });

  const views: Awaited<ReturnType<typeof firstView>>[] = [];
  const clicks: { selection: number; details: number }[] = [];
  const fps: number[] = [];
  const heaps: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await browser.newPage();
    const view = await firstView(page, url);
    if (run === 0) {
      await page.screenshot({ path: join(SCREENS, `web-${EVENTS}-overview.png`) });
    } else {
      views.push(view);
      clicks.push(await clickTiming(page));
      fps.push(await panningFps(page));
      heaps.push(await heapMb(browser.context, page));
      if (run === 1) await page.screenshot({ path: join(SCREENS, `web-${EVENTS}-after-click.png`) });
    }
    await page.close();
  }
  const row = (name: string, xs: number[], digits = 0) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `| ${name} | ${percentile(sorted, 50).toFixed(digits)} | ${Math.max(...xs).toFixed(digits)} |`;
  };
  log(
    `\nMachine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )}; Chromium headless 1280×800; ${EVENTS} generated events; ${RUNS} cold loads after a warm-up\n`,
  );
  log(
    `Drawn: ${views[0]?.nodes} nodes; timeline: ${views[0]?.events} events; banner: "${views[0]?.banner ?? ''}"\n`,
  );
  log('| measure | p50 | worst |');
  log('| --- | --: | --: |');
  log(
    row(
      'overview data in (ms from navigation)',
      views.map((v) => v.data),
    ),
  );
  log(
    row(
      '**first drawn overview** (ms from navigation)',
      views.map((v) => v.drawn),
    ),
  );
  log(
    row(
      'every panel ready, timeline window loaded (ms)',
      views.map((v) => v.ready),
    ),
  );
  log(
    row(
      'click → selection drawn (ms)',
      clicks.map((c) => c.selection),
    ),
  );
  log(
    row(
      'click → details panel filled (ms)',
      clicks.map((c) => c.details),
    ),
  );
  log(row('panning (fps)', fps, 1));
  log(row('JS heap after load and use (MB)', heaps, 1));
} finally {
  await browser.close();
  await new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  await writer.close();
  await graph.stop();
}
