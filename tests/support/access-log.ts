import { jsonLogLines, type ProductionApp } from './production-app.js';

// The app's own view of each request, from its access log (api/server.ts): when it arrived, how
// long the server took and how it ended. On a busy machine the test process adds its own delays
// to what it measures; these figures are the server's.
export interface ServedRequest {
  /** Wall-clock ms at which the server took the request. */
  startedAt: number;
  ms: number;
  status: number;
  errors: string[];
}

export function servedRequests(app: ProductionApp, path = '/graphql'): ServedRequest[] {
  return jsonLogLines(app)
    .filter((line) => line.msg === 'request' && line.path === path)
    .map((line) => {
      const ms = Number(line.ms);
      return {
        startedAt: Date.parse(String(line.time)) - ms,
        ms,
        status: Number(line.status),
        errors: (line.errors as string[] | undefined) ?? [],
      };
    });
}
