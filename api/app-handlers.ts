import type { RequestListener } from 'node:http';
import type { GraphClient } from '../graph/client.js';
import type { ApiConfig } from './config.js';
import { DatabaseBreaker } from './database-breaker.js';
import { createExportHandler, EXPORT_PREFIX } from './exports/export-handler.js';
import type { Logger } from './logger.js';
import { DEFAULT_READ_GATE_LIMITS, ReadGate } from './read-gate.js';
import { createGraphqlHandler } from './yoga.js';

export type AppHandlerConfig = Pick<ApiConfig, 'dev' | 'corsOrigins'> &
  Partial<Pick<ApiConfig, 'deadlineMs' | 'readGate' | 'auth'>> & { log?: Logger };

// What the app server mounts besides health and the web app. Shared by `npm start`, the
// integration tests and the benchmarks, so they all exercise the same handlers.
export function createAppHandlers(
  client: GraphClient,
  config: AppHandlerConfig,
): { graphql: RequestListener; routes: Record<string, RequestListener>; gate: ReadGate } {
  const gate = new ReadGate(new DatabaseBreaker(), config.readGate ?? DEFAULT_READ_GATE_LIMITS);
  const graphql = createGraphqlHandler({
    client,
    dev: config.dev,
    corsOrigins: config.corsOrigins,
    gate,
    ...(config.log ? { log: config.log } : {}),
    ...(config.deadlineMs ? { deadlineMs: config.deadlineMs } : {}),
    ...(config.auth ? { auth: config.auth } : {}),
  });
  return {
    graphql: (req, res) => graphql(req, res),
    routes: {
      [EXPORT_PREFIX]: createExportHandler(client, {
        requireToken: config.auth?.requireTokenForReads ?? false,
      }),
    },
    gate,
  };
}
