// `npm run bench:web`: the built web app's size (gzip, as sent) and the time from navigation to
// the first drawn graph in headless Chromium, against the real app server on the seeded graph.
// Uses NEO4J_URI when set, otherwise starts the project's own Neo4j (migrated, seeded if empty).

import { readdir, readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { createAppHandlers } from '../api/app-handlers.js';
import { createAppServer } from '../api/server.js';
import { warmUp } from '../api/warm-up.js';
import { readGraphConfig } from '../graph/config.js';
import { openGraph } from '../graph/open-graph.js';
import { PROJECT_ROOT } from '../graph/project-paths.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { isDatabaseEmpty, seedDatabase } from '../graph/seed/seed-database.js';
import { launchBrowser, WEB_DIST } from '../tests/support/browser.js';
import { measureReview } from './review-web.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const log = (line: string) => console.log(line);

interface Asset {
  file: string;
  bytes: number;
  gzip: number;
}

async function bundleSizes(): Promise<Asset[]> {
  await build({ configFile: join(PROJECT_ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
  const files = [
    join(WEB_DIST, 'index.html'),
    ...(await readdir(join(WEB_DIST, 'assets'))).map((f) => join(WEB_DIST, 'assets', f)),
  ];
  const assets: Asset[] = [];
  for (const file of files) {
    if (!['.js', '.css', '.html'].includes(extname(file))) continue;
    const content = await readFile(file);
    assets.push({
      file: file.slice(WEB_DIST.length + 1),
      bytes: (await stat(file)).size,
      gzip: gzipSync(content, { level: 6 }).length,
    });
  }
  return assets.sort((a, b) => b.gzip - a.gzip);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

const started = performance.now();
const assets = await bundleSizes();
const config = readGraphConfig();
const graph = await openGraph(config, { log });
const server = createAppServer({
  client: graph.client,
  webDistDir: WEB_DIST,
  ...createAppHandlers(graph.client, { dev: false, corsOrigins: '*' }),
});
const browser = await launchBrowser();
try {
  await applyMigrations(graph.client);
  if (await isDatabaseEmpty(graph.client)) await seedDatabase(graph.client, { log });
  // As `npm start` does before it listens: a just-started Neo4j plans the first page's queries.
  await warmUp(graph.client);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const samples: { data: number; drawn: number; settled: number; nodes: number }[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await browser.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.graph === 'settled', null, { timeout: 60_000 });
    // Page code goes in as text: tsx would wrap inline functions in a helper the page lacks.
    const timing = (await page.evaluate(`(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return { data: at('graph-data'), drawn: at('graph-drawn'), settled: at('graph-settled'), nodes: window.__cy.nodes().length };
    })()`)) as { data: number; drawn: number; settled: number; nodes: number };
    if (run > 0) samples.push(timing); // the first run warms the server and the database
    await page.close();
  }

  // Layout at growth sizes, in the same browser with the app's own fcose: why the app draws a
  // draft first and refines only small graphs.
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graph === 'settled');
  const growth = (await page.evaluate(`(() => {
    const cy = window.__cy;
    const time = (nodes, edges, quality) => {
      cy.elements().remove();
      const elements = [];
      for (let i = 0; i < nodes; i++) elements.push({ group: 'nodes', data: { id: 'n' + i, kind: 'ACTOR', label: 'n' + i, evidenceCount: 1 } });
      let seed = 7;
      const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
      for (let i = 0; i < edges; i++) {
        const a = i < nodes - 1 ? i + 1 : Math.floor(random() * nodes);
        const b = i < nodes - 1 ? Math.floor(random() * (i + 1)) : Math.floor(random() * nodes);
        if (a !== b) elements.push({ group: 'edges', data: { id: 'e' + i, source: 'n' + a, target: 'n' + b, label: '', evidenceCount: 1 } });
      }
      const added = cy.add(elements);
      const start = performance.now();
      added.layout({ name: 'fcose', quality, randomize: true, animate: false, fit: true }).run();
      return performance.now() - start;
    };
    return { draft1000: time(1000, 3000, 'draft'), default100: time(100, 300, 'default'), default300: time(300, 900, 'default') };
  })()`)) as { draft1000: number; default100: number; default300: number };
  await page.close();
  const review = await measureReview(browser, url, graph.client);

  const total = assets.reduce((sum, a) => ({ bytes: sum.bytes + a.bytes, gzip: sum.gzip + a.gzip }), {
    bytes: 0,
    gzip: 0,
  });
  console.log(
    `\nMachine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; Chromium headless (1280×800)\n`,
  );
  console.log('| asset | bytes | gzip |');
  console.log('| --- | --: | --: |');
  for (const asset of assets) console.log(`| ${asset.file} | ${kb(asset.bytes)} | ${kb(asset.gzip)} |`);
  console.log(`| **total** | **${kb(total.bytes)}** | **${kb(total.gzip)}** |`);
  // What the page needs before the graph can draw: index.html and what it links; the timeline
  // chunks load afterwards.
  const html = await readFile(join(WEB_DIST, 'index.html'), 'utf8');
  const initial = assets.filter((a) => a.file === 'index.html' || html.includes(`/${a.file}`));
  const first = initial.reduce((sum, a) => ({ bytes: sum.bytes + a.bytes, gzip: sum.gzip + a.gzip }), {
    bytes: 0,
    gzip: 0,
  });
  console.log(
    `| before the first drawing (index.html and what it links) | ${kb(first.bytes)} | ${kb(first.gzip)} |`,
  );
  const row = (name: string, values: number[]) =>
    `| ${name} | ${percentile(values, 50).toFixed(0)} | ${percentile(values, 95).toFixed(0)} | ${Math.min(...values).toFixed(0)} |`;
  console.log(
    `\nNavigation to graph, ${samples.length} cold loads (cache disabled) of ${samples[0]?.nodes ?? '?'} nodes:\n`,
  );
  console.log('| milestone (ms from navigation start) | p50 | p95 | min |');
  console.log('| --- | --: | --: | --: |');
  console.log(
    row(
      'graph data in (its page query answered)',
      samples.map((s) => s.data),
    ),
  );
  console.log(
    row(
      '**first drawn graph** (fcose draft)',
      samples.map((s) => s.drawn),
    ),
  );
  console.log(
    row(
      'settled (refined, animated into place)',
      samples.map((s) => s.settled),
    ),
  );
  console.log('\nfcose in this browser, synthetic graphs:\n');
  console.log('| layout | ms |');
  console.log('| --- | --: |');
  console.log(`| draft, 1,000 nodes / 3,000 edges | ${growth.draft1000.toFixed(0)} |`);
  console.log(`| default, 100 nodes / 300 edges | ${growth.default100.toFixed(0)} |`);
  console.log(`| default, 300 nodes / 900 edges | ${growth.default300.toFixed(0)} |`);
  console.log('\nReview (issue 13), as the analyst sees it on screen:\n');
  console.log('| step (ms) | p50 | p95 | min |');
  console.log('| --- | --: | --: | --: |');
  console.log(
    row(
      `"Add and review" → first proposal on screen (${review.firstProposal.length} fixtures)`,
      review.firstProposal,
    ),
  );
  console.log(row(`review action, key → result shown (${review.action.length} accept/undo)`, review.action));
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await browser.close();
  await new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  await graph.stop();
}
