import type { RequestListener } from 'node:http';
import type { GraphClient } from '../graph/client.js';
import type { ApiConfig } from './config.js';
import { createExportHandler, EXPORT_PREFIX } from './exports/export-handler.js';
import { createGraphqlHandler } from './yoga.js';

// What the app server mounts besides health and the web app. Shared by `npm start`, the
// integration tests and the benchmarks, so they all exercise the same handlers.
export function createAppHandlers(
  client: GraphClient,
  config: Pick<ApiConfig, 'dev' | 'corsOrigins'>,
): { graphql: RequestListener; routes: Record<string, RequestListener> } {
  const graphql = createGraphqlHandler({ client, dev: config.dev, corsOrigins: config.corsOrigins });
  return {
    graphql: graphql as unknown as RequestListener,
    routes: { [EXPORT_PREFIX]: createExportHandler(client) },
  };
}
