import type { ReviewStatus } from '../model/review-status.js';
import { locateQuote } from '../seed/locate-quote.js';
import { type Sentence, sentenceAt, splitSentences } from '../seed/split-sentences.js';
import { recordRevision, recordRevisions } from './record-revision.js';
import type { WriteTx } from './write-context.js';
import { badInput, notFound } from './write-errors.js';

// Evidence given as a quote (or offsets) in a stored source becomes a Statement: an exact span
// inside one sentence, id `statement:<source-slug>:<start>-<end>`, shared by every item that
// quotes the same words. A span that is already a statement is reused as it is.
export interface EvidenceSpan {
  sourceId: string;
  /** The exact words; `occurrence` (1-based) picks one when they occur more than once. */
  quote?: string | null;
  occurrence?: number | null;
  /** Offsets instead of a quote (UTF-16 code units, as Statement.start/end). */
  start?: number | null;
  end?: number | null;
}

export const READ_SOURCE_TEXT = 'MATCH (s:Source {id: $id}) RETURN s.text AS text';

export const MERGE_STATEMENT = `
MATCH (src:Source {id: $sourceId})
MERGE (s:Statement {id: $id})
ON CREATE SET s += $props, s.role = 'evidence', s.reason = null, s.status = $status, s.version = 1,
  s.createdAt = datetime(), s.createdBy = $author, s.updatedAt = datetime(), s.updatedBy = $author,
  s.isNew = true
MERGE (s)-[:FROM_SOURCE]->(src)
WITH s, s.isNew IS NOT NULL AS created
REMOVE s.isNew
RETURN s.id AS id, created, properties(s) AS props`;

/** Statement ids for these spans, creating the missing statements with `status`. */
export async function ensureStatements(
  w: WriteTx,
  spans: readonly EvidenceSpan[],
  status: ReviewStatus,
): Promise<string[]> {
  if (spans.length === 0)
    throw badInput('Give at least one evidence span (a quote of a source).', 'evidence');
  const texts = new Map<string, string>();
  const ids: string[] = [];
  for (const [index, span] of spans.entries()) {
    let text = texts.get(span.sourceId);
    if (text === undefined) {
      const [row] = await w.run<{ text: string | null }>(READ_SOURCE_TEXT, { id: span.sourceId });
      if (!row) throw notFound(span.sourceId, 'source');
      text = row.text ?? '';
      texts.set(span.sourceId, text);
    }
    const located = locate(text, span, `evidence[${index}]`);
    const id = `statement:${span.sourceId.replace(/^source:/, '')}:${located.start}-${located.end}`;
    const [row] = await w.run<{ id: string; created: boolean; props: Record<string, unknown> }>(
      MERGE_STATEMENT,
      {
        id,
        sourceId: span.sourceId,
        status,
        author: w.meta.author.name,
        props: { id, sourceId: span.sourceId, ...located },
      },
    );
    if (row?.created) {
      recordRevision(w, {
        action: 'CREATE_STATEMENT',
        targetId: id,
        targetKind: 'statement',
        before: null,
        after: row.props,
      });
    }
    ids.push(id);
  }
  return [...new Set(ids)];
}

/** MERGE_STATEMENT for many spans of one source at once. */
export const MERGE_STATEMENTS = `
MATCH (src:Source {id: $sourceId})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET s += row.props, s.role = 'evidence', s.reason = null, s.status = $status, s.version = 1,
  s.createdAt = datetime(), s.createdBy = $author, s.updatedAt = datetime(), s.updatedBy = $author,
  s.isNew = true
MERGE (s)-[:FROM_SOURCE]->(src)
WITH s, s.isNew IS NOT NULL AS created
REMOVE s.isNew
RETURN s.id AS id, created, properties(s) AS props`;

/**
 * Statement ids for many offset spans of one source whose text the caller holds, in one
 * statement (ingestion writes dozens at once). Same rules and revisions as ensureStatements.
 */
export async function ensureSpanStatements(
  w: WriteTx,
  source: { id: string; text: string },
  spans: readonly { start: number; end: number }[],
  status: ReviewStatus,
): Promise<string[]> {
  const sentences = splitSentences(source.text);
  const rows = new Map<string, { id: string; props: Record<string, unknown> }>();
  const ids = spans.map((span, index) => {
    const located = locate(source.text, span, `evidence[${index}]`, sentences);
    const id = `statement:${source.id.replace(/^source:/, '')}:${located.start}-${located.end}`;
    rows.set(id, { id, props: { id, sourceId: source.id, ...located } });
    return id;
  });
  if (rows.size === 0) return ids;
  const written = await w.run<{ id: string; created: boolean; props: Record<string, unknown> }>(
    MERGE_STATEMENTS,
    { sourceId: source.id, rows: [...rows.values()], status, author: w.meta.author.name },
  );
  if (written.length !== rows.size) throw notFound(source.id, 'source');
  recordRevisions(
    w,
    written
      .filter((row) => row.created)
      .map((row) => ({
        action: 'CREATE_STATEMENT' as const,
        targetId: row.id,
        targetKind: 'statement' as const,
        before: null,
        after: row.props,
      })),
  );
  return ids;
}

function locate(
  text: string,
  span: Omit<EvidenceSpan, 'sourceId'>,
  field: string,
  sentences: readonly Sentence[] = splitSentences(text),
) {
  let start: number;
  let end: number;
  if (span.quote) {
    const found = locateQuote(text, span.quote, span.occurrence ?? undefined);
    if (!found.ok) {
      const why =
        found.reason === 'not-found'
          ? `is not in the source${found.nearMatch ? ` (the source says: "${found.nearMatch}")` : ''}`
          : `occurs ${found.offsets.length} times; say which with occurrence (1-based)`;
      throw badInput(`${field}: the quote "${span.quote}" ${why}.`, field);
    }
    ({ start, end } = found);
  } else if (span.start != null && span.end != null && span.start < span.end && span.end <= text.length) {
    ({ start, end } = { start: span.start, end: span.end });
  } else {
    throw badInput(`${field}: give a quote, or start < end within the source text.`, field);
  }
  const sentence = sentenceAt(sentences, start);
  if (!sentence || end > sentence.end) {
    throw badInput(
      `${field}: evidence must lie inside one sentence of the source; split it into two spans.`,
      field,
    );
  }
  return {
    text: text.slice(start, end),
    start,
    end,
    paragraph: sentence.paragraph,
    sentence: sentence.index,
  };
}
