import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { checkAliasCommas } from './check-alias-commas.js';
import type { ProblemList } from './seed-errors.js';
import {
  type ContextEventsFile,
  contextEventsFile,
  type SourceFile,
  type StatementsFile,
  sourceFile,
  statementsFile,
} from './seed-schemas.js';
import { parseYamlFile, type YamlFile } from './yaml-file.js';

// Reads one seed source folder: seeds/<slug>/{article.txt, source.yaml, statements.yaml,
// context-events.yaml}. Any folder holding a source.yaml is a source, so adding an article is
// adding a folder.

export const SEED_FILES = {
  article: 'article.txt',
  source: 'source.yaml',
  statements: 'statements.yaml',
  context: 'context-events.yaml',
} as const;

export interface SeedSourceFiles {
  slug: string;
  /** Display paths, as used in problem reports. */
  files: { article: string; source: string; statements: string; context: string };
  text: string;
  source: YamlFile<SourceFile>;
  statements: YamlFile<StatementsFile>;
  context: YamlFile<ContextEventsFile> | null;
}

export async function listSeedSlugs(seedsDir: string): Promise<string[]> {
  const entries = await readdir(seedsDir, { withFileTypes: true }).catch(() => []);
  const slugs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(join(seedsDir, entry.name)).catch(() => [] as string[]);
    if (files.includes(SEED_FILES.source)) slugs.push(entry.name);
  }
  return slugs.sort();
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export async function readSeedSource(
  seedsDir: string,
  slug: string,
  problems: ProblemList,
): Promise<SeedSourceFiles | null> {
  const paths = {
    article: join(seedsDir, slug, SEED_FILES.article),
    source: join(seedsDir, slug, SEED_FILES.source),
    statements: join(seedsDir, slug, SEED_FILES.statements),
    context: join(seedsDir, slug, SEED_FILES.context),
  };
  const files = {
    article: displayPath(paths.article),
    source: displayPath(paths.source),
    statements: displayPath(paths.statements),
    context: displayPath(paths.context),
  };
  const read = async (key: keyof typeof paths, required: boolean): Promise<string | null> => {
    try {
      return await readFile(paths[key], 'utf8');
    } catch {
      if (required) {
        problems.add({
          code: 'MISSING_FILE',
          file: files[key],
          line: null,
          field: null,
          message: `${SEED_FILES[key]} is missing from seed source "${slug}"`,
          hint: `Every seed folder needs ${SEED_FILES.article}, ${SEED_FILES.source} and ${SEED_FILES.statements}.`,
        });
      }
      return null;
    }
  };

  const [text, sourceText, statementsText, contextText] = await Promise.all([
    read('article', true),
    read('source', true),
    read('statements', true),
    read('context', false),
  ]);
  if (text === null || sourceText === null || statementsText === null) return null;

  const source = parseYamlFile(files.source, sourceText, sourceFile, problems);
  const statements = parseYamlFile(files.statements, statementsText, statementsFile, problems);
  const context =
    contextText === null ? null : parseYamlFile(files.context, contextText, contextEventsFile, problems);
  if (!source || !statements || (contextText !== null && !context)) return null;
  checkAliasCommas(files.statements, statementsText, text, problems);
  if (contextText !== null) checkAliasCommas(files.context, contextText, text, problems);

  const actual = sha256(text);
  if (source.data.contentHash !== actual) {
    problems.add({
      code: 'HASH_MISMATCH',
      file: files.source,
      line: source.lineOf(['contentHash']),
      field: 'contentHash',
      message: `${SEED_FILES.article} has changed: its hash is ${actual}, source.yaml records ${source.data.contentHash}`,
      hint: `Restore the verbatim article, or if the new text is intended set contentHash: ${actual} and re-check every quote.`,
    });
    return null;
  }
  return { slug, files, text, source, statements, context };
}
