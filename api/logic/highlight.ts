// Builds the highlighted snippet of a search hit: the matched text around the first word that
// starts with a search term, with the ranges of every such word.

export interface TextRange {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: TextRange[];
}

export const SNIPPET_WIDTH = 180;

/** At most one insertion, deletion or substitution apart (Lucene's `term~1`). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return a === b || rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** Does `word` match `term` as the search does: exactly, as a prefix, or (5+ letters) one typo off? */
export function wordMatches(word: string, term: string): boolean {
  return word.startsWith(term) || (term.length >= 5 && withinOneEdit(term, word));
}

/** Words of `text` that match one of `terms` (lower-case) as the search does, as ranges into `text`. */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLowerCase();
    if (terms.some((term) => wordMatches(word, term))) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return ranges;
}

/** A window of at most `width` characters around the first match, with ellipses where cut. */
export function highlight(text: string, terms: readonly string[], width = SNIPPET_WIDTH): Snippet {
  const ranges = matchRanges(text, terms);
  if (text.length <= width) return { text, highlights: ranges };
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: ranges
      .filter((range) => range.start >= start && range.end <= end)
      .map((range) => ({ start: range.start + shift, end: range.end + shift })),
  };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);

/** The snippet as escaped HTML with `<mark>` around the matches. */
export function snippetHtml(snippet: Snippet): string {
  let html = '';
  let at = 0;
  for (const range of snippet.highlights) {
    html += `${escapeHtml(snippet.text.slice(at, range.start))}<mark>${escapeHtml(snippet.text.slice(range.start, range.end))}</mark>`;
    at = range.end;
  }
  return html + escapeHtml(snippet.text.slice(at));
}
