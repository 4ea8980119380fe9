// The source text cut at every quote boundary, so overlapping proposals (a name inside an
// event's sentence) still show as plain, non-nested marks. Each piece knows which items cover
// it; the shortest covering item is the one a click picks and whose kind colours it.
export interface QuoteSpan {
  itemId: string;
  kind: string;
  start: number;
  end: number;
}

export interface TextPiece {
  start: number;
  end: number;
  text: string;
  /** Covering items, shortest span first; empty for plain text. */
  itemIds: string[];
  /** The kind of the shortest covering item, or null. */
  kind: string | null;
}

export function highlightSegments(text: string, spans: readonly QuoteSpan[]): TextPiece[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.itemId.localeCompare(b.itemId));
    const itemIds = [...new Set(covering.map((s) => s.itemId))];
    pieces.push({ start, end, text: text.slice(start, end), itemIds, kind: covering[0]?.kind ?? null });
  }
  return pieces;
}
