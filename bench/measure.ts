// Latency and throughput of two ways to do the same thing, measured side by side: latency
// samples alternate between them, so load from anything else on the machine hits both alike.

export interface Measurement {
  p50: number;
  p95: number;
  /** Completed operations per second with `concurrency` in flight. */
  throughput: number;
}

export const BENCH_DEFAULTS = {
  warmup: 20,
  samples: 150,
  concurrency: 8,
  throughputOps: 300,
} as const;

type Run = () => Promise<void>;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

async function timed(run: Run): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function throughput(run: Run, options: typeof BENCH_DEFAULTS): Promise<number> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.throughputOps) {
      next++;
      await run();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return options.throughputOps / ((performance.now() - started) / 1000);
}

export async function compare(a: Run, b: Run, options = BENCH_DEFAULTS): Promise<[Measurement, Measurement]> {
  for (let i = 0; i < options.warmup; i++) {
    await a();
    await b();
  }
  const la: number[] = [];
  const lb: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    if (i % 2 === 0) {
      la.push(await timed(a));
      lb.push(await timed(b));
    } else {
      lb.push(await timed(b));
      la.push(await timed(a));
    }
  }
  la.sort((x, y) => x - y);
  lb.sort((x, y) => x - y);
  const ta = await throughput(a, options);
  const tb = await throughput(b, options);
  return [
    { p50: percentile(la, 50), p95: percentile(la, 95), throughput: ta },
    { p50: percentile(lb, 50), p95: percentile(lb, 95), throughput: tb },
  ];
}
