import type { SeedInference, SeedPlan, SourceCoverage } from './seed-plan.js';

// What a seed run wrote, read back from the database: seedDatabase returns it and
// format-seed-report prints it (a file of its own, so neither imports the other).
export interface SeedReport {
  /** Seeded nodes per label, read back from the database after the write. */
  counts: Record<string, number>;
  /** Seeded sources per kind (article, reference). */
  sources: Record<string, number>;
  /** Relationships between seeded nodes per type (domain and structural). */
  relationships: Record<string, number>;
  coverage: SourceCoverage[];
  /** Relationships read into the text (marked `inference`), each with its reason. */
  inferences: SeedInference[];
  unlinked: SeedPlan['unlinked'];
  /** Values two sources give differently, each attributed (the merge rule). */
  disagreements: SeedPlan['disagreements'];
  reset: boolean;
  /** Nodes removed by the reset. */
  deleted: number;
  /** Seeded nodes still in the database that the seed files no longer define. */
  stale: number;
}
