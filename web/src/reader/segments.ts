// The article cut into runs of text that are covered by the same statements, paragraph by
// paragraph, so every evidence span can be marked even where spans overlap or nest.

export type StatementRole = 'EVIDENCE' | 'NO_CLAIM';

export interface Span {
  id: string;
  start: number;
  end: number;
  role: StatementRole;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Statements covering this run, in reading order; empty for plain text. */
  ids: string[];
  /** True when at least one covering statement is evidence (not a no-claim note). */
  evidence: boolean;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  segments: Segment[];
}

/** Paragraph ranges: text between blank lines, trimmed of surrounding newlines. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let at = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > at) ranges.push({ start: at, end: match.index });
    at = match.index + match[0].length;
  }
  if (at < text.length) ranges.push({ start: at, end: text.replace(/\s+$/, '').length });
  return ranges.filter((range) => range.end > range.start);
}

export function segmentText(text: string, spans: readonly Span[]): Paragraph[] {
  const valid = spans
    .filter((span) => span.start >= 0 && span.end <= text.length && span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const roles = new Map(valid.map((span) => [span.id, span.role]));
  return paragraphRanges(text).map((paragraph, index) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const span of valid) {
      if (span.start > paragraph.start && span.start < paragraph.end) cuts.add(span.start);
      if (span.end > paragraph.start && span.end < paragraph.end) cuts.add(span.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i] as number;
      const end = points[i + 1] as number;
      const ids = valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
      segments.push({
        start,
        end,
        text: text.slice(start, end),
        ids,
        evidence: ids.some((id) => roles.get(id) === 'EVIDENCE'),
      });
    }
    return { index, start: paragraph.start, end: paragraph.end, segments };
  });
}
