// `npm run bench:api`: the four heavy queries over HTTP (the real app server) next to the same
// Cypher straight through neo4j-driver, in one run on the seeded graph. Uses NEO4J_URI when
// set, otherwise starts the project's own Neo4j (and migrates/seeds it when empty).

import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import neo4j from 'neo4j-driver';
import { createAppHandlers } from '../api/app-handlers.js';
import { DEFAULT_OPERATION_GATE_LIMITS } from '../api/operation-gate.js';
import { createAppServer } from '../api/server.js';
import { type GraphClient, type Params, withReadStatuses } from '../graph/client.js';
import { readGraphConfig } from '../graph/config.js';
import { openGraph } from '../graph/open-graph.js';
import { PROJECT_ROOT } from '../graph/project-paths.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { isDatabaseEmpty, seedDatabase } from '../graph/seed/seed-database.js';
import { listenOnLoopback } from '../tests/support/loopback-server.js';
import { measureWrites, WRITE_SAMPLES, type WriteRow } from './api-writes.js';
import { BENCH_DEFAULTS, compare, type Measurement } from './measure.js';
import { OVERLOAD, type OverloadResult, runOverload } from './overload.js';

/** Rounds of overload rows (one per gate compared); `BENCH_OVERLOAD_PAIRS` changes it. */
const OVERLOAD_PAIRS = Number(process.env.BENCH_OVERLOAD_PAIRS ?? 2);

const WORKLOADS: Record<string, string> = {
  search: '{ search(query: "Kyiv prisoner swap") { score entity { id name } snippet { html } } }',
  timeline:
    '{ timeline(first: 50) { totalCount edges { placedBy node { id name earliest latest precision } } } }',
  'neighborhood(depth: 2)':
    '{ neighborhood(id: "actor:ukraine", depth: 2) { truncated nodes { id label kind data } edges { id source target type evidenceCount } } }',
  paths:
    '{ paths(from: "actor:russia", to: "place:istanbul") { length nodes { id label } edges { id type } } }',
};

// A keep-alive node:http client: lighter than fetch, so the figures are the server's cost.
const agent = new Agent({ keepAlive: true, maxSockets: BENCH_DEFAULTS.concurrency });

const log = (line: string) => console.log(line);
const started = performance.now();
const config = readGraphConfig();
const graph = await openGraph(config, { log });
const credentials = graph.local ?? {
  uri: config.uri ?? '',
  username: config.username,
  password: config.password ?? '',
};
const driver = neo4j.driver(credentials.uri, neo4j.auth.basic(credentials.username, credentials.password));
const server = createAppServer({
  client: graph.client,
  webDistDir: `${PROJECT_ROOT}/web/dist`,
  // The write rows send a few hundred mutations a minute with one token: no rate limit here, and
  // a deadline that a loaded machine does not hit (the figures are p50s, not limits).
  ...createAppHandlers(graph.client, {
    dev: false,
    corsOrigins: '*',
    auth: { requireTokenForReads: false, writesPerMinute: 1_000_000 },
    deadlineMs: 60_000,
  }),
});

try {
  await applyMigrations(graph.client);
  if (await isDatabaseEmpty(graph.client)) await seedDatabase(graph.client, { log });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const rows: string[] = [];
  // `npm run bench:api -- --overload-only`: just the overload row (a busy machine's quick check).
  // `-- --writes-only`: just the write rows (issue 11).
  const writesOnly = process.argv.includes('--writes-only');
  const overloadOnly = process.argv.includes('--overload-only');
  const workloads = overloadOnly || writesOnly ? [] : Object.entries(WORKLOADS);
  for (const [name, query] of workloads) {
    const statements = await recordStatements(graph.client, () => postQuery(url, query));
    const [api, direct] = await compare(
      () => postQuery(url, query),
      () => replay(driver, statements, config.database),
    );
    rows.push(row(name, statements.length, api, direct));
  }
  const [version] = await graph.client.read<{ version: string }>(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
  );
  console.log(
    `\nMachine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; Neo4j ${version?.version ?? '?'}`,
  );
  if (rows.length > 0) {
    console.log(
      `Per query and side: ${BENCH_DEFAULTS.warmup} warm-up, ${BENCH_DEFAULTS.samples} sequential samples alternating API and driver (latency), ${BENCH_DEFAULTS.throughputOps} at concurrency ${BENCH_DEFAULTS.concurrency} (throughput).\n`,
    );
    console.log(
      '| query | Cypher statements | API p50 ms | API p95 ms | API req/s | driver p50 ms | driver p95 ms | driver req/s | p50 ratio API/driver |',
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
    for (const line of rows) console.log(line);
  }
  if (!overloadOnly) {
    const load = loadavg()[0] ?? Number.NaN;
    const writes = await measureWrites(graph.client, driver, config.database, (query, variables, token) =>
      postGraphql(url, query, variables, token),
    );
    printWriteRows(writes, load);
  }
  if (!writesOnly) {
    // Side by side, alternating: the production handlers (defaults, query gate on) and the same
    // with the query gate opened wide, as before it existed (the read gate alone sheds).
    // `BENCH_QUERY_GATES=off,8,4` picks the gates to compare (queries running at once; `off` opens it wide).
    const gates = (process.env.BENCH_QUERY_GATES ?? `off,${DEFAULT_OPERATION_GATE_LIMITS.maxRunning}`).split(
      ',',
    );
    const variants = gates.map((gate) =>
      gate === 'off'
        ? {
            name: 'query gate off (read gate only)',
            operationGate: { maxRunning: 1_000_000, maxQueued: 0, queueWaitMs: 0 },
          }
        : {
            name: `query gate on (${gate} running, ${DEFAULT_OPERATION_GATE_LIMITS.maxQueued} queued)`,
            operationGate: { ...DEFAULT_OPERATION_GATE_LIMITS, maxRunning: Number(gate) },
          },
    );
    const results: { name: string; result: OverloadResult; load: string }[] = [];
    // A first round is run and dropped: the first server of a process meets a cold JIT and
    // unplanned statements, which would count against whichever variant came first.
    for (let pair = -1; pair < OVERLOAD_PAIRS; pair++) {
      for (const variant of pair === -1 ? variants.slice(0, 1) : variants) {
        const { base, close } = await listenOnLoopback(
          createAppServer({
            client: graph.client,
            webDistDir: `${PROJECT_ROOT}/web/dist`,
            ...createAppHandlers(graph.client, {
              dev: false,
              corsOrigins: '*',
              operationGate: variant.operationGate,
            }),
          }),
        );
        try {
          const result = await runOverload(base);
          if (pair >= 0) {
            const load = loadavg().map((n) => n.toFixed(1));
            results.push({ name: variant.name, result, load: load.join(' ') });
          }
        } finally {
          await close();
        }
      }
    }
    console.log(
      `\nOverload: ${OVERLOAD.clients} clients (own process) sending the web app's first view (overview, limit 200) for ${OVERLOAD.seconds} s, /health polled every ${OVERLOAD.healthEveryMs} ms; production limits; rows alternate.\n`,
    );
    console.log(
      '| handlers | load average after | requests | by status | /health p99 ms idle | /health p99 ms loaded | /health max ms | server event-loop delay p99 / max ms | server RSS MiB before | server RSS MiB max |',
    );
    console.log('| --- | --- | --: | --- | --: | --: | --: | --: | --: | --: |');
    for (const { name, result: overload, load } of results) {
      console.log(
        `| ${name} | ${load} | ${overload.requests} | ${Object.entries(overload.byStatus)
          .map(([status, n]) => `${status}: ${n}`)
          .join(
            ', ',
          )} | ${overload.idleHealthP99Ms.toFixed(1)} | ${overload.healthP99Ms.toFixed(1)} | ${overload.healthMaxMs.toFixed(1)} | ${overload.loopDelayP99Ms.toFixed(1)} / ${overload.loopDelayMaxMs.toFixed(1)} | ${overload.rssBeforeMiB} | ${overload.maxRssMiB} |`,
      );
    }
  }
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  agent.destroy();
  await driver.close();
  await graph.stop();
}

function postQuery(url: string, query: string): Promise<void> {
  const body = JSON.stringify({ query });
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  return new Promise((done, fail) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200 || text.includes('"errors"'))
          fail(new Error(`Benchmark query failed: ${text}`));
        else done();
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** One GraphQL call with variables and a bearer token; its `data`, or a failure naming the errors. */
function postGraphql(
  url: string,
  query: string,
  variables: object,
  token: string,
): Promise<Record<string, unknown>> {
  const body = JSON.stringify({ query, variables });
  const headers = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    authorization: `Bearer ${token}`,
  };
  return new Promise((done, fail) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          data?: Record<string, unknown>;
          errors?: unknown[];
        };
        if (res.statusCode !== 200 || answer.errors)
          fail(new Error(`Benchmark write failed: ${JSON.stringify(answer)}`));
        else done(answer.data ?? {});
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

function printWriteRows(writes: WriteRow[], loadBefore: number): void {
  console.log(
    `\nWrites: ${WRITE_SAMPLES} samples per mutation and side after 3 warm-up, API (HTTP, editor token) and bare Cypher alternating; load average ${loadBefore.toFixed(1)} before, ${writes[0]?.loadAverage.toFixed(1)} after.\n`,
  );
  console.log('| mutation | API p50 ms | bare Cypher p50 ms | p50 ratio API/bare |');
  console.log('| --- | --: | --: | --: |');
  for (const w of writes) {
    console.log(
      `| ${w.mutation} | ${w.apiP50.toFixed(1)} | ${w.bareP50.toFixed(1)} | ${(w.apiP50 / w.bareP50).toFixed(2)} |`,
    );
  }
}

/** The Cypher statements (text + params) one API request runs, in order. */
async function recordStatements(client: GraphClient, run: () => Promise<void>) {
  const statements: { cypher: string; params: Params }[] = [];
  const original = client.read.bind(client);
  client.read = (async (cypher: string, params: Params = {}) => {
    statements.push({ cypher, params });
    return original(cypher, params);
  }) as GraphClient['read'];
  try {
    await run();
  } finally {
    client.read = original;
  }
  return statements;
}

/** The same statements through the bare driver: one managed read transaction each, as the API does. */
async function replay(
  bare: typeof driver,
  statements: { cypher: string; params: Params }[],
  database: string | undefined,
): Promise<void> {
  for (const { cypher, params } of statements) {
    const session = bare.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      // The same parameters the API sends: GraphClient adds the review statuses to every statement.
      await session.executeRead((tx) => tx.run(cypher, withReadStatuses(params)));
    } finally {
      await session.close();
    }
  }
}

function row(name: string, statements: number, api: Measurement, direct: Measurement): string {
  const f = (n: number) => n.toFixed(1);
  return `| ${name} | ${statements} | ${f(api.p50)} | ${f(api.p95)} | ${api.throughput.toFixed(0)} | ${f(direct.p50)} | ${f(direct.p95)} | ${direct.throughput.toFixed(0)} | ${(api.p50 / direct.p50).toFixed(2)} |`;
}
