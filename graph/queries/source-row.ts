import type { SourceRecord } from '../model/records.js';

/** Projection of a Source bound to `v`; `text` is left out of lists (articles are long). */
export function sourceProjection(v: string): string {
  return `${v} { .id, .kind, .title, .byline, .outlet, .url, .language, .contentHash, .publishedAt, .publishedPrecision, .reliability, .sentenceCount, .coveredSentenceCount }`;
}

export type SourceNode = Omit<SourceRecord, 'text'>;

export function toSourceNode(row: Record<string, unknown>): SourceNode {
  const value = (key: string) => (row[key] as string | null | undefined) ?? null;
  return {
    id: String(row.id),
    kind: row.kind === 'reference' ? 'reference' : 'article',
    title: String(row.title ?? row.id),
    byline: value('byline'),
    outlet: value('outlet'),
    url: value('url'),
    language: value('language'),
    contentHash: value('contentHash'),
    publishedAt: value('publishedAt'),
    publishedPrecision: (row.publishedPrecision as SourceRecord['publishedPrecision'] | null) ?? 'unknown',
    reliability: value('reliability'),
    sentenceCount: (row.sentenceCount as number | null) ?? null,
    coveredSentenceCount: (row.coveredSentenceCount as number | null) ?? null,
  };
}
