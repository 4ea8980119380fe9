// `npm run migrate`: applies pending schema migrations, then stops what it started.
import { readGraphConfig } from '../config.js';
import { applyMigrations } from '../schema/apply-migrations.js';
import { openSeedTarget } from '../seed/open-seed-target.js';
import { runCli } from './run-cli.js';

await runCli(async (log) => {
  // The running app's Neo4j when `npm start` runs (not a second server on its port).
  const graph = await openSeedTarget(readGraphConfig(), log);
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
