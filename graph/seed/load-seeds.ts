import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../project-paths.js';
import { buildSeedPlan } from './build-seed-plan.js';
import { displayPath, listSeedSlugs, readSeedSource, type SeedSourceFiles } from './read-seed-source.js';
import { ProblemList } from './seed-errors.js';
import type { SeedPlan } from './seed-plan.js';

export const DEFAULT_SEEDS_DIR = resolve(PROJECT_ROOT, 'seeds');

/**
 * Reads, validates and resolves every source under `seedsDir` without touching the database.
 * Throws a SeedError listing every problem found; returns the plan only when there is none.
 */
export async function loadSeeds(seedsDir: string = DEFAULT_SEEDS_DIR): Promise<SeedPlan> {
  const problems = new ProblemList();
  const slugs = await listSeedSlugs(seedsDir);
  if (slugs.length === 0) {
    problems.add({
      code: 'NO_SOURCES',
      file: displayPath(seedsDir),
      line: null,
      field: null,
      message: 'no seed source found (a source is a folder holding source.yaml)',
      hint: 'Point --seeds at the seeds folder, or add seeds/<slug>/{article.txt,source.yaml,statements.yaml}.',
    });
    problems.throwIfAny();
  }
  const sources: SeedSourceFiles[] = [];
  for (const slug of slugs) {
    const files = await readSeedSource(seedsDir, slug, problems);
    if (files) sources.push(files);
  }
  // Later checks need well-formed files; report file-level problems first.
  problems.throwIfAny();
  const plan = buildSeedPlan(sources, problems);
  problems.throwIfAny();
  return plan;
}
