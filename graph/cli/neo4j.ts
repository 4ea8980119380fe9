// `npm run neo4j`: the project's local Neo4j in the foreground, until Ctrl-C.
import { readGraphConfig } from '../config.js';
import { openGraph } from '../open-graph.js';
import { applyMigrations } from '../schema/apply-migrations.js';
import { onShutdownSignal } from '../shutdown-signals.js';
import { runCli } from './run-cli.js';

await runCli(async (log) => {
  const config = readGraphConfig();
  if (config.uri)
    throw new Error('NEO4J_URI is set: there is no local server to start. Unset it to run the local Neo4j.');
  const graph = await openGraph(config, { log });
  onShutdownSignal(graph.stop, log);
  const { applied, version } = await applyMigrations(graph.client);
  log(`Schema version ${version}${applied.length ? ` (applied ${applied.join(', ')})` : ''}`);
  log(`Neo4j is running. Connect with:`);
  log(
    `  NEO4J_URI=${graph.local?.uri} NEO4J_USERNAME=${graph.local?.username} NEO4J_PASSWORD=$(cat ${graph.local?.instanceDir}/password)`,
  );
  log('Press Ctrl-C to stop.');
  // The supervisor restarts Neo4j after a crash; this returns only when it gave up.
  if ((await graph.local?.ended) === 'gave-up') {
    await graph.stop();
    throw new Error(`Neo4j kept exiting and was not restarted. See ${graph.local?.logFile}.`);
  }
});
