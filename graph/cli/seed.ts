// `npm run seed`: validates seeds/ and writes it to Neo4j in one transaction.
//   npm run seed                 seed (idempotent: MERGE on stable ids)
//   npm run seed -- --reset      replace everything seeded before, in the same transaction
//   npm run seed -- --check      only validate the seed files; no database needed
//   npm run seed -- --seeds DIR  use another seeds folder
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readGraphConfig } from '../config.js';
import { applyMigrations } from '../schema/apply-migrations.js';
import {
  formatCoverage,
  formatDisagreements,
  formatInferences,
  formatUnlinked,
} from '../seed/format-seed-report.js';
import { DEFAULT_SEEDS_DIR, loadSeeds } from '../seed/load-seeds.js';
import { openSeedTarget } from '../seed/open-seed-target.js';
import { seedDatabase } from '../seed/seed-database.js';
import { onShutdownSignal } from '../shutdown-signals.js';
import { runCli } from './run-cli.js';

await runCli(async (log) => {
  const { values } = parseArgs({
    options: {
      reset: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      seeds: { type: 'string' },
    },
    strict: true,
  });
  const seedsDir = values.seeds ? resolve(values.seeds) : DEFAULT_SEEDS_DIR;

  if (values.check) {
    const plan = await loadSeeds(seedsDir);
    log(
      `Seed files are valid: ${plan.entities.length} entities, ${plan.relationships.length} relationships, ${plan.statements.length} statements.`,
    );
    for (const coverage of plan.coverage) log(`  coverage  ${formatCoverage(coverage)}`);
    for (const line of formatInferences(plan.inferences)) log(line);
    for (const line of formatUnlinked(plan.unlinked)) log(line);
    for (const line of formatDisagreements(plan.disagreements)) log(line);
    return;
  }

  // Validate before starting Neo4j, so a bad seed fails in a second, not after a JVM start.
  await loadSeeds(seedsDir);
  const graph = await openSeedTarget(readGraphConfig(), log);
  onShutdownSignal(graph.stop, log);
  try {
    await applyMigrations(graph.client);
    await seedDatabase(graph.client, { reset: values.reset, seedsDir, log });
  } finally {
    await graph.stop();
  }
});
