import type { IncomingMessage, RequestListener } from 'node:http';
import type { GraphClient } from '../graph/client.js';
import type { ApiConfig } from './config.js';
import { DatabaseBreaker } from './database-breaker.js';
import { createExportHandler, EXPORT_PREFIX } from './exports/export-handler.js';
import type { Logger } from './logger.js';
import { DEFAULT_OPERATION_GATE_LIMITS, OperationGate } from './operation-gate.js';
import { DEFAULT_READ_GATE_LIMITS, ReadGate } from './read-gate.js';
import { createGraphqlHandler } from './yoga.js';

export type AppHandlerConfig = Pick<ApiConfig, 'dev' | 'corsOrigins'> &
  Partial<Pick<ApiConfig, 'deadlineMs' | 'writeDeadlineMs' | 'readGate' | 'operationGate' | 'auth'>> & {
    log?: Logger;
  };

// What the app server mounts besides health and the web app. Shared by `npm start`, the
// integration tests and the benchmarks, so they all exercise the same handlers.
export function createAppHandlers(
  client: GraphClient,
  config: AppHandlerConfig,
): {
  graphql: RequestListener;
  routes: Record<string, RequestListener>;
  gate: ReadGate;
  operationGate: OperationGate;
  shedGraphql: (req: IncomingMessage) => boolean;
} {
  const gate = new ReadGate(new DatabaseBreaker(), config.readGate ?? DEFAULT_READ_GATE_LIMITS);
  const operationGate = new OperationGate(config.operationGate ?? DEFAULT_OPERATION_GATE_LIMITS);
  const graphql = createGraphqlHandler({
    client,
    dev: config.dev,
    corsOrigins: config.corsOrigins,
    gate,
    operationGate,
    ...(config.log ? { log: config.log } : {}),
    ...(config.deadlineMs ? { deadlineMs: config.deadlineMs } : {}),
    ...(config.writeDeadlineMs ? { writeDeadlineMs: config.writeDeadlineMs } : {}),
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
    operationGate,
    // Shed before reading the body when no query could wait anyway. Only anonymous requests: one
    // with a token may be a write, which must reach the parser to be told apart and let through.
    shedGraphql: (req) => operationGate.full && req.headers.authorization === undefined,
  };
}
