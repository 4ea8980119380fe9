// `npm run bench:scale [-- --sizes=1000,10000,100000 --samples=20]`: generates corpora of growing
// size (bench/corpus), loads each through the seed writer (the path real data takes, timeline
// order included), and measures every operation of the web app and the notebook over HTTP
// against the real app server. Prints load rate, p50/p95 per operation and size, and the growth
// from the smallest to the largest size. Uses NEO4J_URI when set, otherwise the project's own
// Neo4j. It removes only what it generated (ids containing ":gen-"), before and after.

import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { createAppHandlers } from '../api/app-handlers.js';
import { createAppServer } from '../api/server.js';
import { GraphClient } from '../graph/client.js';
import { readGraphConfig } from '../graph/config.js';
import { openGraph } from '../graph/open-graph.js';
import { PROJECT_ROOT } from '../graph/project-paths.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { isDatabaseEmpty, seedDatabase } from '../graph/seed/seed-database.js';
import { writeSeedParts } from '../graph/seed/write-seed-parts.js';
import { generateCorpus } from './corpus/generate-corpus.js';
import { removeCorpus } from './corpus/remove-corpus.js';
import { splitPlan } from './corpus/split-plan.js';
import { percentile } from './measure.js';
import { type Operation, scaleOperations } from './scale-operations.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, samples: { type: 'string', default: '20' } },
});
const sizes = values.sizes.split(',').map(Number);
const samples = Number(values.samples);
const NODES_PER_PART = 20_000;

const log = (line: string) => console.log(line);
const config = readGraphConfig();
const graph = await openGraph(config, { log });
const credentials = graph.local ?? {
  uri: config.uri ?? '',
  username: config.username,
  password: config.password ?? '',
};
// Writing a large corpus takes longer than the API's request-sized transaction budget.
const writer = await GraphClient.connect({ ...credentials, transactionTimeoutMs: 30 * 60_000 });
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const server = createAppServer({
  client: graph.client,
  webDistDir: `${PROJECT_ROOT}/web/dist`,
  ...createAppHandlers(graph.client, { dev: false, corsOrigins: '*' }),
});

interface Figures {
  size: number;
  nodes: number;
  loadSeconds: number;
  ops: Map<string, { p50: number; p95: number; bytes: number }>;
}

try {
  await applyMigrations(graph.client);
  if (await isDatabaseEmpty(graph.client)) await seedDatabase(graph.client, { log });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results: Figures[] = [];
  for (const size of sizes) {
    await removeCorpus(writer);
    const plan = generateCorpus(size);
    const nodes = plan.sources.length + plan.statements.length + plan.entities.length;
    const started = performance.now();
    await writeSeedParts(writer, splitPlan(plan, NODES_PER_PART));
    const loadSeconds = (performance.now() - started) / 1000;
    log(
      `${size} events: ${nodes} nodes, ${plan.relationships.length} relationships loaded in ${loadSeconds.toFixed(1)} s`,
    );
    const ops = new Map<string, { p50: number; p95: number; bytes: number }>();
    for (const operation of scaleOperations(size)) {
      const runs = operation.path ? Math.max(3, Math.floor(samples / 4)) : samples;
      // A failing operation (e.g. a transaction timeout) is a figure too: note it and go on.
      const measured = await measure(base, operation, runs).catch((error: Error) => {
        log(`  ${operation.name}: FAILED ${error.message.slice(0, 120)}`);
        return { p50: Number.NaN, p95: Number.NaN, bytes: 0 };
      });
      ops.set(operation.name, measured);
      log(`  ${operation.name}: p50 ${ops.get(operation.name)?.p50.toFixed(1)} ms`);
    }
    results.push({ size, nodes, loadSeconds, ops });
  }
  printTables(results);
} finally {
  await removeCorpus(writer).catch(() => undefined);
  await new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  agent.destroy();
  await writer.close();
  await graph.stop();
}

async function measure(base: string, operation: Operation, runs: number) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    bytes = await send(base, operation);
    if (i >= 2) times.push(performance.now() - started); // two warm-up runs
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), bytes };
}

function send(base: string, operation: Operation): Promise<number> {
  const body = operation.graphql ? JSON.stringify(operation.graphql) : undefined;
  const url = operation.graphql ? `${base}/graphql` : `${base}${operation.path}`;
  const headers = body
    ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
    : undefined;
  return new Promise((done, fail) => {
    const req = request(url, { method: body ? 'POST' : 'GET', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks);
        if (res.statusCode !== 200 || (body && text.includes('"errors"'))) {
          fail(
            new Error(`${operation.name} failed (${res.statusCode}): ${text.toString('utf8').slice(0, 300)}`),
          );
        } else done(text.length);
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

function printTables(results: Figures[]): void {
  const [first] = results;
  const last = results.at(-1);
  if (!first || !last) return;
  const f = (n: number | undefined) => (n === undefined ? '–' : n < 10 ? n.toFixed(1) : n.toFixed(0));
  console.log(
    `\nMachine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}; ${samples} samples per query (exports fewer), sequential, after 2 warm-ups.\n`,
  );
  console.log(`| load | ${results.map((r) => `${r.size} events`).join(' | ')} |`);
  console.log(`| --- | ${results.map(() => '--:').join(' | ')} |`);
  console.log(`| nodes | ${results.map((r) => r.nodes).join(' | ')} |`);
  console.log(`| nodes/s | ${results.map((r) => (r.nodes / r.loadSeconds).toFixed(0)).join(' | ')} |\n`);
  console.log(
    `| operation (p50 / p95 ms) | ${results.map((r) => `${r.size}`).join(' | ')} | growth p50 ${first.size}→${last.size} |`,
  );
  console.log(`| --- | ${results.map(() => '--:').join(' | ')} | --: |`);
  for (const name of first.ops.keys()) {
    const cells = results.map((r) => {
      const op = r.ops.get(name);
      const size = op && op.bytes > 50_000 ? ` (${(op.bytes / 1024).toFixed(0)} kB)` : '';
      return `${f(op?.p50)} / ${f(op?.p95)}${size}`;
    });
    const growth = (last.ops.get(name)?.p50 ?? Number.NaN) / (first.ops.get(name)?.p50 ?? Number.NaN);
    console.log(`| ${name} | ${cells.join(' | ')} | ${growth.toFixed(2)}× |`);
  }
}
