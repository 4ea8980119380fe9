// An open-loop read load: one request every `intervalMs` whatever the answers do, as real
// clients behave. Each sample says when it started, how long it took and how it ended.
export interface LoadSample {
  startedAt: number;
  ms: number;
  status: number;
  code: string | undefined;
  retryAfter: string | null;
}

export interface SteadyLoad {
  samples: LoadSample[];
  stop(): Promise<LoadSample[]>;
}

export function startSteadyLoad(url: string, query: string, intervalMs = 50): SteadyLoad {
  const samples: LoadSample[] = [];
  const inFlight = new Set<Promise<void>>();
  const fire = () => {
    const startedAt = performance.now();
    const done = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(60_000),
    })
      .then(async (res) => {
        const body = (await res.json().catch(() => ({}))) as {
          errors?: { extensions?: { code?: string } }[];
        };
        samples.push({
          startedAt,
          ms: performance.now() - startedAt,
          status: res.status,
          code: body.errors?.[0]?.extensions?.code,
          retryAfter: res.headers.get('retry-after'),
        });
      })
      .catch(() => {
        samples.push({
          startedAt,
          ms: performance.now() - startedAt,
          status: 0,
          code: 'TRANSPORT',
          retryAfter: null,
        });
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
  const timer = setInterval(fire, intervalMs);
  return {
    samples,
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return samples;
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
