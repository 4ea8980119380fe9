import { readFile } from 'node:fs/promises';
import { loadSeeds } from '../../graph/seed/load-seeds.js';
import { SeedError, type SeedProblem } from '../../graph/seed/seed-errors.js';
import { createTestSeed, type Item, type TestSeedOverrides } from './create-test-seed.js';

// Loads a broken fixture seed and returns what the loader said about it, with a way to read the
// line each problem points at (so tests check the location, not only the message).

export interface Rejection {
  problems: readonly SeedProblem[];
  message: string;
  /** The text of the line a problem points at, in the file it names. */
  lineText(problem: SeedProblem): Promise<string>;
}

export async function rejectionOf(overrides: TestSeedOverrides): Promise<Rejection> {
  const seed = await createTestSeed(overrides);
  try {
    await loadSeeds(seed.seedsDir);
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    const texts = new Map<string, string>();
    for (const name of ['article.txt', 'source.yaml', 'statements.yaml', 'context-events.yaml']) {
      texts.set(name, await readFile(seed.file(name), 'utf8').catch(() => ''));
    }
    return {
      problems: error.problems,
      message: error.message,
      lineText: async (problem) => {
        const name = problem.file.split('/').pop() ?? '';
        return (texts.get(name) ?? '').split('\n')[(problem.line ?? 0) - 1] ?? '';
      },
    };
  } finally {
    await seed.cleanup();
  }
  throw new Error('expected the seed to be rejected');
}

/** The first entry of a YAML list, for tests that break it. */
export const first = (list: Item[]) => list[0] as Item;
