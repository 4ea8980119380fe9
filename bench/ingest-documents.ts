import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../graph/project-paths.js';
import type { GoldArticle } from '../ingest/evaluate/gold.js';
import { loadGoldArticles } from '../ingest/evaluate/load-gold.js';
import type { SourceDocument } from '../ingest/source-document.js';

// The documents the ingest benchmarks feed in turn: every fixture article and the seed article.
export const SEED_ARTICLE = join(PROJECT_ROOT, 'seeds/000_e86843f864097e51/article.txt');

export function documentOf(text: string, published: string | null): SourceDocument {
  return { text, published, title: null, outlet: null, url: null, byline: null, format: 'text' };
}

export async function benchDocuments(
  articles?: readonly GoldArticle[],
): Promise<{ documents: SourceDocument[]; seedText: string }> {
  const gold = articles ?? (await loadGoldArticles());
  const seedText = await readFile(SEED_ARTICLE, 'utf8');
  return {
    documents: [...gold.map((a) => documentOf(a.text, a.published)), documentOf(seedText, null)],
    seedText,
  };
}

/** The i-th bench source: a document whose last line makes it unique, so none is a duplicate. */
export function benchCopy(documents: readonly SourceDocument[], i: number): SourceDocument {
  const document = documents[i % documents.length] as SourceDocument;
  return {
    ...document,
    title: document.title ?? `Bench source ${i}`,
    text: `${document.text}\n\nBench copy ${i}.`,
  };
}
