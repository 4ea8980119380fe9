import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../graph/local/free-port.js';
import { type ServedRequest, servedRequests } from '../support/access-log.js';
import { type OutageProxy, startOutageProxy } from '../support/outage-proxy.js';
import { type ProductionApp, startProductionApp } from '../support/production-app.js';
import { type LoadSample, percentile, startSteadyLoad } from '../support/steady-load.js';
import { testNeo4j } from '../support/test-neo4j.js';

// Issue 15, items 5 and 6. Neo4j goes away for 5 s and for 10 s under a steady read load
// (20 requests/s) and comes back; and the JVM that `npm start` runs is killed with -9.
// Asserted: no INTERNAL_SERVER_ERROR and no other fault, every refusal a 503 with a retryable code
// and Retry-After, refusals within the read gate's wait (not the deadline), reads that waited
// through the end of the outage answered, a first answer within seconds, and from 5 s after it no
// trace of the outage: nothing reported unavailable, and p99 under 1 s when the machine answered
// under half a second before the outage (a loaded machine: within the read gate's bounds). Latencies are the
// server's (its access log): the test process shares the machine and would add its own delays.
// Figures, client-side ones too, are printed.
const QUERY = '{ stats { entityCount statementCount } }';
const RETRYABLE = new Set(['DATABASE_UNAVAILABLE', 'SERVER_BUSY', 'REQUEST_TIMEOUT']);
// The read gate waits 3 s at most; a request the driver took before the breaker opened also
// waits for the driver's own retries (2 s, more on a busy machine). Under the 10 s deadline.
const REFUSAL_BUDGET_MS = 8_000;
const DEADLINE_MS = 10_000;
const QUEUE_WAIT_MS = 3_000;
// The breaker probes every second: the first answer comes within about that once Neo4j is back.
const FIRST_ANSWER_BUDGET_MS = 5_000;
const RECOVERED_AFTER_MS = 5_000;
// The first seconds of load warm the app up; the next ones are the baseline.
const WARM_UP_MS = 2_000;
const BASELINE_MS = 5_000;
const WINDOW_MS = 5_000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const wallClock = (sample: LoadSample) => performance.timeOrigin + sample.startedAt;

let proxy: OutageProxy;
let app: ProductionApp;

beforeAll(async () => {
  const { boltPort, username, password } = testNeo4j();
  proxy = await startOutageProxy(boltPort);
  app = await startProductionApp({
    NEO4J_URI: proxy.uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    SEED_ON_START: 'false',
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await proxy?.close();
}, 60_000);

function figures(label: string, served: ServedRequest[]): string {
  const ms = served.map((s) => s.ms);
  return `${label} ${served.length} (p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms, max ${percentile(ms, 100).toFixed(0)} ms)`;
}

describe('Neo4j going away under a steady read load (issue 15)', () => {
  for (const downSeconds of [5, 10]) {
    it(`rides out ${downSeconds} s without Neo4j: no faults, fast 503s with Retry-After, waiting reads answered, quick recovery`, async () => {
      const loadStarted = Date.now();
      const load = startSteadyLoad(`${app.base}/graphql`, QUERY, 50);
      await sleep(WARM_UP_MS + BASELINE_MS);
      const wentDown = Date.now();
      await proxy.down();
      await sleep(downSeconds * 1_000);
      await proxy.up();
      const cameBack = Date.now();
      // Enough time for the first answer, then the recovery window and a few seconds of it.
      await expect
        .poll(() => load.samples.some((s) => s.status === 200 && wallClock(s) + s.ms > cameBack), {
          timeout: 30_000,
          interval: 200,
        })
        .toBe(true);
      await sleep(RECOVERED_AFTER_MS + WINDOW_MS);
      const samples = await load.stop();
      await sleep(500); // the last access-log lines
      const served = servedRequests(app).filter((s) => s.startedAt >= loadStarted);

      // No fault: every answer is a 200 or a retryable 503 with Retry-After; nothing cut.
      const faults = samples.filter(
        (s) => s.status !== 200 && !(s.status === 503 && RETRYABLE.has(s.code ?? '') && s.retryAfter),
      );
      expect(faults.slice(0, 5)).toEqual([]);
      expect(served.filter((s) => s.errors.includes('INTERNAL_SERVER_ERROR'))).toEqual([]);

      // Refusals come from the read gate's bounded wait: nearly all well under the deadline, and
      // none later than the deadline itself (issue 15: one in a hundred or so still waits it out).
      const refused = served.filter((s) => s.status === 503 && s.startedAt >= wentDown);
      expect(refused.length).toBeGreaterThan(0);
      expect(
        percentile(
          refused.map((s) => s.ms),
          95,
        ),
      ).toBeLessThan(REFUSAL_BUDGET_MS);
      expect(
        percentile(
          refused.map((s) => s.ms),
          100,
        ),
      ).toBeLessThan(DEADLINE_MS + 2_000);

      // Reads that arrived shortly before Neo4j came back waited for it and were answered.
      const waited = served.filter(
        (s) => s.status === 200 && s.startedAt < cameBack && s.startedAt > wentDown,
      );
      expect(waited.length).toBeGreaterThan(0);

      const firstAnswer = Math.min(
        ...served
          .filter((s) => s.status === 200 && s.startedAt + s.ms > cameBack)
          .map((s) => s.startedAt + s.ms),
      );
      expect(firstAnswer - cameBack).toBeLessThan(FIRST_ANSWER_BUDGET_MS);
      // From 5 s after the first answer the outage has left no trace: Neo4j is never reported
      // unavailable again, and answers keep coming.
      const baseline = served.filter(
        (s) => s.startedAt >= loadStarted + WARM_UP_MS && s.startedAt < wentDown - 2_000,
      );
      const recovered = served.filter((s) => s.startedAt >= firstAnswer + RECOVERED_AFTER_MS);
      const answered = recovered.filter((s) => s.status === 200);
      expect(recovered.filter((s) => s.errors.some((code) => code !== 'SERVER_BUSY'))).toEqual([]);
      expect(answered.length).toBeGreaterThanOrEqual(WINDOW_MS / 1_000);
      // p99 under 1 s when the machine answered under half a second before the outage; a loaded
      // machine (20 requests/s saturate it at load 20) is held to the gate's bounds instead.
      const baselineP99 = percentile(
        baseline.map((s) => s.ms),
        99,
      );
      const recoveredP99 = percentile(
        recovered.map((s) => s.ms),
        99,
      );
      expect(recoveredP99).toBeLessThan(baselineP99 < 500 ? 1_000 : QUEUE_WAIT_MS + DEADLINE_MS);

      const clientRecovered = samples.filter((s) => wallClock(s) >= firstAnswer + RECOVERED_AFTER_MS);
      console.log(
        [
          `[fault ${downSeconds} s] load average ${loadavg()[0]?.toFixed(1)}; ${samples.length} requests, 0 faults; server side:`,
          figures('before', baseline),
          `shed before ${baseline.filter((s) => s.status !== 200).length}`,
          figures('refused', refused),
          figures('answered after waiting', waited),
          `first answer ${(firstAnswer - cameBack).toFixed(0)} ms after Neo4j was back`,
          figures(`from ${RECOVERED_AFTER_MS / 1000} s after it`, recovered),
          `of which shed ${recovered.length - answered.length}`,
          `client-side p99 then ${percentile(
            clientRecovered.map((s) => s.ms),
            99,
          ).toFixed(0)} ms`,
        ].join('; '),
      );
    }, 120_000);
  }
});

async function findJvm(instanceDir: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.startsWith('java') && cmdline.includes(`--home-dir=${instanceDir}`)) return Number(entry);
  }
  return undefined;
}

async function health(base: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${base}/health`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the local Neo4j under `npm start` (issue 15)', () => {
  it('restarts the JVM after kill -9, logs the exit and reports it on /health', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'conflict-graph-supervised-'));
    let supervised: ProductionApp | undefined;
    try {
      supervised = await startProductionApp(
        {
          CONFLICT_GRAPH_DATA_DIR: dataDir,
          NEO4J_BOLT_PORT: String(await findFreePort()),
          NEO4J_HEAP: '512m',
          NEO4J_PAGECACHE: '64m',
          SEED_ON_START: 'false',
          NEO4J_URI: '',
        },
        300_000,
      );
      const { base, lines } = supervised;
      const instanceDir = join(dataDir, 'neo4j');
      const jvm = await findJvm(instanceDir);
      expect(jvm).toBeDefined();
      process.kill(jvm as number, 'SIGKILL');

      await expect
        .poll(async () => (await health(base)).status, { timeout: 30_000, interval: 200 })
        .toBe(503);
      expect((await health(base)).body.neo4j).toBe('restarting');
      await expect
        .poll(async () => (await health(base)).body.neo4j, { timeout: 300_000, interval: 1_000 })
        .toBe('up');
      expect((await health(base)).body.neo4jRestarts).toBe(1);
      expect(lines.join('\n')).toMatch(/Neo4j exited unexpectedly \(exit code/);
      const restarted = await findJvm(instanceDir);
      expect(restarted).toBeDefined();
      expect(restarted).not.toBe(jvm);
      await expect
        .poll(
          async () =>
            (
              await fetch(`${base}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: QUERY }),
              })
            ).status,
          { timeout: 60_000, interval: 500 },
        )
        .toBe(200);
    } finally {
      await supervised?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 720_000);
});
