import { Agent, request } from 'node:http';
import { OVERVIEW_QUERY } from '../web/src/api/load-overview.js';
import { OVERLOAD, type OverloadLoadResult } from './overload.js';

// The clients of the overload row (bench/overload.ts), in a process of their own so that their
// work neither slows the server's event loop nor counts in its memory: 50 clients send the
// costliest query the limits allow (the web app's first view: the overview of 200 nodes) back to back
// for 20 s, while /health is polled every 100 ms on its own connection. Prints one JSON line.
// Usage: node --import tsx bench/overload-client.ts http://127.0.0.1:PORT

const ERROR_CODE = /"code":"([A-Z_]+)"/;

/** The status of the answer, with the first error code of a refusal (`503 SERVER_BUSY`). */
function post(agent: Agent, url: string, body: string): Promise<string> {
  return new Promise((done) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          if (res.statusCode !== 200 && text.length < 1_000) text += chunk.toString();
        });
        res.on('end', () => {
          const code = ERROR_CODE.exec(text)?.[1];
          done(`${res.statusCode ?? 0}${code ? ` ${code}` : ''}`);
        });
      },
    );
    req.on('error', () => done('no answer'));
    req.end(body);
  });
}

function timedGet(agent: Agent, url: string): Promise<number> {
  const started = performance.now();
  return new Promise((done) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => done(performance.now() - started));
    });
    req.on('error', () => done(Number.POSITIVE_INFINITY));
    req.end();
  });
}

const p99 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.99)] ?? 0;

/** /health alone, same poll, before any load: what this machine's load costs on its own. */
async function baseline(base: string): Promise<number> {
  const probe = new Agent({ keepAlive: true, maxSockets: 1 });
  const until = performance.now() + OVERLOAD.baselineSeconds * 1_000;
  const samples: number[] = [];
  while (performance.now() < until) {
    samples.push(await timedGet(probe, `${base}/health`));
    await new Promise((done) => setTimeout(done, OVERLOAD.healthEveryMs));
  }
  probe.destroy();
  return p99(samples);
}

async function runLoad(base: string): Promise<OverloadLoadResult> {
  const idleHealthP99Ms = await baseline(base);
  const body = JSON.stringify({ query: OVERVIEW_QUERY, variables: { limit: 200 } });
  const load = new Agent({ keepAlive: true, maxSockets: OVERLOAD.clients });
  const probe = new Agent({ keepAlive: true, maxSockets: 1 });
  const until = performance.now() + OVERLOAD.seconds * 1_000;
  const byStatus: Record<string, number> = {};
  const health: number[] = [];
  const client = async () => {
    while (performance.now() < until) {
      const status = await post(load, `${base}/graphql`, body);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
    }
  };
  const prober = async () => {
    while (performance.now() < until) {
      health.push(await timedGet(probe, `${base}/health`));
      await new Promise((done) => setTimeout(done, OVERLOAD.healthEveryMs));
    }
  };
  await Promise.all([prober(), ...Array.from({ length: OVERLOAD.clients }, client)]);
  load.destroy();
  probe.destroy();
  return {
    requests: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    idleHealthP99Ms,
    healthP99Ms: p99(health),
    healthMaxMs: Math.max(0, ...health),
  };
}

const base = process.argv[2];
if (base) process.stdout.write(`${JSON.stringify(await runLoad(base))}\n`);
