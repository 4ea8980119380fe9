import type { GraphClient } from '../client.js';
import { formatSeedReport } from './format-seed-report.js';
import { DEFAULT_SEEDS_DIR, loadSeeds } from './load-seeds.js';
import type { SeedReport } from './seed-report.js';
import { writeSeedPlan } from './write-seed-plan.js';

export interface SeedOptions {
  /** Remove everything seeded before (label :Seeded) and write the seeds anew, in the same transaction. */
  reset?: boolean;
  /** Folder holding one sub-folder per source; defaults to the repository's seeds/. */
  seedsDir?: string;
  log?: (line: string) => void;
}

/**
 * Validates every seed source, then writes them in one transaction (MERGE on stable ids).
 * A bad seed throws a SeedError before anything is written; running it twice changes nothing.
 */
export async function seedDatabase(client: GraphClient, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  const plan = await loadSeeds(seedsDir);
  log(
    `Seed files are valid: ${plan.coverage.length} source(s), ${plan.entities.length} entities, ${plan.relationships.length} relationships.`,
  );
  const reset = options.reset ?? false;
  const result = await writeSeedPlan(client, plan, reset).catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Writing the seed failed and was rolled back; the database is unchanged. ${detail}`, {
      cause: error,
    });
  });

  const report: SeedReport = {
    counts: {},
    sources: {},
    relationships: {},
    coverage: plan.coverage,
    inferences: plan.inferences,
    unlinked: plan.unlinked,
    disagreements: plan.disagreements,
    reset,
    deleted: result.deleted,
    stale: result.stale,
  };
  for (const row of result.nodes) {
    report.counts[row.label] = (report.counts[row.label] ?? 0) + row.n;
    if (row.sourceKind) report.sources[row.sourceKind] = row.n;
  }
  for (const row of result.relationships) report.relationships[row.type] = row.n;
  for (const line of formatSeedReport(report)) log(line);
  for (const c of result.conflicts)
    log(`Conflict: ${c.id} was changed through the API (${c.changedBy}); the seed left it as it is.`);
  return report;
}

/** True when no seeded data is present yet (npm start seeds only then). */
export async function isDatabaseEmpty(client: GraphClient): Promise<boolean> {
  const rows = await client.read<{ n: number }>('MATCH (n:Entity) RETURN count(n) AS n');
  return (rows[0]?.n ?? 0) === 0;
}
