import { createHash } from 'node:crypto';
import type { GraphClient } from '../client.js';
import { FIND_DUPLICATE_SOURCE } from '../queries/find-duplicate-source.js';
import { splitSentences } from '../seed/split-sentences.js';
import { canonicalUrl } from './canonical-url.js';
import { recordRevision } from './record-revision.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { badInput } from './write-errors.js';

// Adds an article. The same text (content hash) or the same canonical URL is the same source:
// the existing one is returned with `duplicate` set, never a copy.
export interface AddSourceInput {
  text: string;
  title: string;
  outlet?: string | null;
  url?: string | null;
  byline?: string | null;
  /** ISO date `YYYY-MM-DD`. */
  publishedAt?: string | null;
  language?: string | null;
}

export interface AddSourceResult {
  sourceId: string;
  created: boolean;
  /** Why an existing source was returned instead: the same `text` or the same `url`. */
  duplicateBy: 'text' | 'url' | null;
}

export const MERGE_SOURCE = `
MERGE (s:Source {id: $id})
ON CREATE SET s += $props, s.publishedAt = date($props.publishedAt), s.createdAt = datetime(),
  s.createdBy = $author, s.isNew = true
WITH s, s.isNew IS NOT NULL AS created
REMOVE s.isNew
RETURN created, properties(s) AS props`;

export function addSource(
  client: GraphClient,
  input: AddSourceInput,
  meta: ChangeMeta,
): Promise<AddSourceResult & ChangeResult> {
  return runChange(client, 'addSource', meta, (w) => addSourceIn(w, input));
}

/** The same, inside a change that is already open (ingestion adds a source and its proposals at once). */
export async function addSourceIn(w: WriteTx, input: AddSourceInput): Promise<AddSourceResult> {
  const text = input.text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw badInput('The source text is empty; paste the article text.', 'text');
  if (!input.title.trim()) throw badInput('Give the source a title.', 'title');
  const url = input.url?.trim() || null;
  const canonical = url ? canonicalUrl(url) : null;
  if (url && !canonical) throw badInput(`"${url}" is not an http(s) URL.`, 'url');
  const hex = createHash('sha256').update(text).digest('hex');
  const contentHash = `sha256:${hex}`;

  const [existing] = await w.run<{ id: string; sameText: boolean }>(FIND_DUPLICATE_SOURCE, {
    contentHash,
    canonicalUrl: canonical,
    urls: url ? [url, canonical] : [],
  });
  if (existing)
    return { sourceId: existing.id, created: false, duplicateBy: existing.sameText ? 'text' : 'url' };

  const sentences = splitSentences(text);
  const id = `source:web_${hex.slice(0, 16)}`;
  const props = {
    id,
    kind: 'article',
    title: input.title.trim(),
    byline: input.byline ?? null,
    outlet: input.outlet ?? null,
    url,
    canonicalUrl: canonical,
    language: input.language ?? null,
    contentHash,
    publishedAt: input.publishedAt ?? null,
    publishedPrecision: input.publishedAt ? 'day' : 'unknown',
    reliability: null,
    text,
    sentenceCount: sentences.length,
    coveredSentenceCount: 0,
  };
  const [row] = await w.run<{ created: boolean; props: Record<string, unknown> }>(MERGE_SOURCE, {
    id,
    props,
    author: w.meta.author.name,
  });
  // Two calls with one text at once: MERGE on the unique id lets only one create it.
  if (!row?.created) return { sourceId: id, created: false, duplicateBy: 'text' };
  const { text: _text, ...after } = row.props;
  recordRevision(w, { action: 'ADD_SOURCE', targetId: id, targetKind: 'source', before: null, after });
  return { sourceId: id, created: true, duplicateBy: null };
}
