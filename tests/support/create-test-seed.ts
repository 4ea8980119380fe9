import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  baseContext,
  baseSource,
  baseStatements,
  type ContextDoc,
  type Item,
  type StatementsDoc,
  TEST_ARTICLE,
} from './test-seed-documents.js';

// Fixture factory for seed tests: a small, valid, fully covered seed source in a temporary
// seeds folder. Overrides change the parsed documents (or replace a file's raw text) to make
// one specific thing wrong. Ids use a `test-` prefix so they never collide with seeds/.

export { type Item, TEST_ARTICLE };

export interface TestSeedOverrides {
  slug?: string;
  article?: string;
  /** Change the parsed documents in place. */
  statements?: (doc: StatementsDoc) => void;
  source?: (doc: Item) => void;
  context?: ((doc: ContextDoc) => void) | null;
  /** Raw text of a file, written as is (wins over the document overrides). */
  raw?: Partial<Record<'article.txt' | 'source.yaml' | 'statements.yaml' | 'context-events.yaml', string>>;
}

export interface TestSeed {
  seedsDir: string;
  slug: string;
  /** Absolute path of one of the source's files. */
  file(name: string): string;
  cleanup(): Promise<void>;
}

export async function createTestSeed(overrides: TestSeedOverrides = {}): Promise<TestSeed> {
  const seedsDir = await mkdtemp(join(tmpdir(), 'conflict-graph-seed-'));
  const slug = overrides.slug ?? 'test-source';
  const dir = join(seedsDir, slug);
  await mkdir(dir, { recursive: true });
  const article = overrides.article ?? TEST_ARTICLE;
  const apply = <T>(doc: T, change?: ((doc: T) => void) | null): T => {
    change?.(doc);
    return doc;
  };

  const files: Record<string, string | null> = {
    'article.txt': article,
    'source.yaml': stringify(apply(baseSource(article), overrides.source)),
    'statements.yaml': stringify(apply(baseStatements(), overrides.statements)),
    'context-events.yaml':
      overrides.context === null ? null : stringify(apply(baseContext(), overrides.context)),
    ...overrides.raw,
  };
  for (const [name, text] of Object.entries(files))
    if (text !== null) await writeFile(join(dir, name), text, 'utf8');
  return {
    seedsDir,
    slug,
    file: (name) => join(dir, name),
    cleanup: () => rm(seedsDir, { recursive: true, force: true }),
  };
}
