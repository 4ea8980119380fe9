import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../graph/project-paths.js';

// The overload row of `npm run bench:api`: the clients (bench/overload-client.ts) run in a child
// process while this one, which hosts the server, samples its own memory. /health must stay fast
// (p99 < 100 ms) and the server's memory bounded; GraphQL answers are counted by status (200, or
// 503 when shed).
export const OVERLOAD = { clients: 50, seconds: 20, healthEveryMs: 100, baselineSeconds: 10 } as const;

/** What the clients measured (bench/overload-client.ts prints it as one JSON line). */
export interface OverloadLoadResult {
  requests: number;
  byStatus: Record<string, number>;
  /** /health p99 polled the same way for `baselineSeconds` before the load starts. */
  idleHealthP99Ms: number;
  healthP99Ms: number;
  healthMaxMs: number;
}

export interface OverloadResult extends OverloadLoadResult {
  /** The server process's largest resident set during the run. */
  maxRssMiB: number;
  rssBeforeMiB: number;
  /** The server's own event-loop delay under load: work that blocks it, apart from the machine. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

const RSS_EVERY_MS = 100;
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

export async function runOverload(base: string): Promise<OverloadResult> {
  const rssBefore = process.memoryUsage().rss;
  let maxRss = rssBefore;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const sampler = setInterval(() => {
    maxRss = Math.max(maxRss, process.memoryUsage().rss);
  }, RSS_EVERY_MS);
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/overload-client.ts', base], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    // The loop is watched from when the baseline ends, so only the loaded part counts.
    const watch = setTimeout(() => loop.enable(), OVERLOAD.baselineSeconds * 1_000);
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    clearTimeout(watch);
    loop.disable();
    if (code !== 0) throw new Error(`The overload clients exited with ${code}.`);
    const load = JSON.parse(output.trim().split('\n').pop() ?? '{}') as OverloadLoadResult;
    return {
      ...load,
      maxRssMiB: mib(maxRss),
      rssBeforeMiB: mib(rssBefore),
      loopDelayP99Ms: loop.percentile(99) / 1e6,
      loopDelayMaxMs: loop.max / 1e6,
    };
  } finally {
    clearInterval(sampler);
  }
}
