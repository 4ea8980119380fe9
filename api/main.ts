// `npm start`: the whole app in one process. Starts (or connects to) Neo4j, applies the schema,
// seeds an empty database, then serves the API, exports and web app on one port.
import type { AddressInfo } from 'node:net';
import { runCli } from '../graph/cli/run-cli.js';
import { readGraphConfig } from '../graph/config.js';
import { openGraph } from '../graph/open-graph.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { isDatabaseEmpty, seedDatabase } from '../graph/seed/seed-database.js';
import { onShutdownSignal } from '../graph/shutdown-signals.js';
import { refreshTimelineOrder } from '../graph/time/refresh-timeline-order.js';
import { createAppHandlers } from './app-handlers.js';
import { readApiConfig } from './config.js';
import { createLogger } from './logger.js';
import { exitOnFatalErrors } from './process-policy.js';
import { createAppServer } from './server.js';
import { closeGracefully } from './server-drain.js';
import { warmUp } from './warm-up.js';

await runCli(async (log) => {
  const apiConfig = readApiConfig();
  const logger = createLogger(apiConfig.logLevel);
  let closeServer: () => Promise<void> = async () => {};
  const graph = await openGraph(readGraphConfig(), { log });
  exitOnFatalErrors(logger, () => graph.stop());
  onShutdownSignal(async () => {
    await closeServer();
    await graph.stop();
  }, log);

  try {
    const { applied, version } = await applyMigrations(graph.client);
    log(`Schema at version ${version}${applied.length ? ` (applied ${applied.join(', ')})` : ''}`);
    if (apiConfig.seedOnStart && (await isDatabaseEmpty(graph.client))) {
      log('The database is empty: seeding it from seeds/…');
      await seedDatabase(graph.client, { log });
    }
    const placed = await refreshTimelineOrder(graph.client);
    if (placed > 0) log(`Stored the timeline order of ${placed} event(s) written by an older version`);
  } catch (error) {
    await graph.stop();
    throw error;
  }
  const warm = await warmUp(graph.client);
  log(`Warmed up the first page's queries and the ingest path in ${(warm.ms / 1000).toFixed(1)} s`);
  for (const problem of warm.problems) log(`  warm-up: ${problem}`);

  const handlers = createAppHandlers(graph.client, { ...apiConfig, log: logger });
  const server = createAppServer({
    client: graph.client,
    webDistDir: apiConfig.webDistDir,
    dev: apiConfig.dev,
    log: logger,
    health: () => ({
      // A supervised local Neo4j that is restarting or gone makes the app degraded (503).
      ok: graph.local === undefined || graph.local.state === 'up',
      ...(graph.local ? { neo4j: graph.local.state, neo4jRestarts: graph.local.restarts } : {}),
      database: handlers.gate.breaker.current === 'closed' ? 'ok' : 'unreachable',
      reads: handlers.gate.load,
      queries: handlers.operationGate.load,
    }),
    ...handlers,
  });
  closeServer = () => closeGracefully(server, apiConfig.shutdownDrainMs);
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${apiConfig.port} is already in use. Stop the other server or set PORT.`)
          : error,
      ),
    );
    server.listen(apiConfig.port, apiConfig.host, () => done());
  }).catch(async (error: unknown) => {
    await graph.stop();
    throw error;
  });

  const { port } = server.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  log('');
  log(`Conflict Graph is running:`);
  log(`  Web app   ${base}/`);
  log(`  GraphQL   ${base}/graphql${apiConfig.dev ? '  (GraphiQL in the browser)' : ''}`);
  log(`  Health    ${base}/health   Ready ${base}/ready`);
  log('Press Ctrl-C to stop.');
});
