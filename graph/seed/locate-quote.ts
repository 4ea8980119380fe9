// Turns a quote into offsets in the source text. A quote must be an exact substring; when it
// occurs more than once the curator must say which occurrence, so evidence never silently
// points at the wrong sentence.

export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'not-found'; nearMatch: string | null }
  | { ok: false; reason: 'ambiguous'; offsets: number[] }
  | { ok: false; reason: 'occurrence-out-of-range'; offsets: number[] };

export function findOccurrences(text: string, quote: string): number[] {
  const offsets: number[] = [];
  if (quote.length === 0) return offsets;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) offsets.push(at);
  return offsets;
}

/** `occurrence` is 1-based and only needed (and only allowed to be omitted) as described above. */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
  const offsets = findOccurrences(text, quote);
  if (offsets.length === 0) return { ok: false, reason: 'not-found', nearMatch: findNearMatch(text, quote) };
  if (occurrence === undefined) {
    if (offsets.length > 1) return { ok: false, reason: 'ambiguous', offsets };
    const start = offsets[0] as number;
    return { ok: true, start, end: start + quote.length };
  }
  const start = offsets[occurrence - 1];
  if (start === undefined) return { ok: false, reason: 'occurrence-out-of-range', offsets };
  return { ok: true, start, end: start + quote.length };
}

// Typographic look-alikes a curator typically gets wrong when typing a quote by hand.
const FOLD: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '—': '-',
  '–': '-',
  '…': '...',
  '\u00a0': ' ',
};

function fold(value: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    const replacement = (FOLD[char] ?? char).toLowerCase();
    const isSpace = /\s/.test(replacement);
    if (isSpace && lastWasSpace) continue;
    for (const part of isSpace ? ' ' : replacement) {
      folded += part;
      map.push(i);
    }
    lastWasSpace = isSpace;
  }
  return { folded, map };
}

/**
 * The text's own words for a quote that differs only in case, spacing, quote marks or dashes,
 * so the error can show the curator exactly what to paste. Null when there is no such match.
 */
export function findNearMatch(text: string, quote: string): string | null {
  const haystack = fold(text);
  const needle = fold(quote).folded.trim();
  if (needle.length === 0) return null;
  const at = haystack.folded.indexOf(needle);
  if (at === -1) return null;
  const start = haystack.map[at] as number;
  const end = (haystack.map[at + needle.length - 1] as number) + 1;
  return text.slice(start, end);
}
