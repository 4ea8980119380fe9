// `npm start`: the whole app in one process. Starts (or connects to) Neo4j, applies the schema,
// seeds an empty database, then serves the API, exports and web app on one port.
import type { AddressInfo } from 'node:net';
import { runCli } from '../graph/cli/run-cli.js';
import { readGraphConfig } from '../graph/config.js';
import { openGraph } from '../graph/open-graph.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { isDatabaseEmpty, seedDatabase } from '../graph/seed/seed-database.js';
import { onShutdownSignal } from '../graph/shutdown-signals.js';
import { createAppHandlers } from './app-handlers.js';
import { readApiConfig } from './config.js';
import { createAppServer } from './server.js';

await runCli(async (log) => {
  const apiConfig = readApiConfig();
  const graph = await openGraph(readGraphConfig(), { log });
  let closeServer: () => Promise<void> = async () => {};
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
  } catch (error) {
    await graph.stop();
    throw error;
  }

  const server = createAppServer({
    client: graph.client,
    webDistDir: apiConfig.webDistDir,
    ...createAppHandlers(graph.client, apiConfig),
  });
  closeServer = () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
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
  log(`  GraphQL   ${base}/graphql  (GraphiQL in the browser)`);
  log(`  Health    ${base}/health   Ready ${base}/ready`);
  log('Press Ctrl-C to stop.');
});
