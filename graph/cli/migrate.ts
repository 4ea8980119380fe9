// `npm run migrate`: applies pending schema migrations, then stops what it started.
import { readGraphConfig } from '../config.js';
import { openGraph } from '../open-graph.js';
import { applyMigrations } from '../schema/apply-migrations.js';
import { runCli } from './run-cli.js';

await runCli(async (log) => {
  const graph = await openGraph(readGraphConfig(), { log });
  try {
    const { applied, version } = await applyMigrations(graph.client);
    log(
      applied.length
        ? `Applied migrations ${applied.join(', ')}; schema is at version ${version}.`
        : `Schema already at version ${version}.`,
    );
  } finally {
    await graph.stop();
  }
});
