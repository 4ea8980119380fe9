// Stage 1: splits a text into units — headings and sentences — with exact offsets.
// Every line break ends a paragraph (wire copy and extracted HTML put one paragraph per line), so
// a single-newline paragraph or a title line is its own unit and no quote ever spans two lines.
// A line without final punctuation is a heading. Sentences end at . ! ? … (plus closing quotes or
// brackets) followed by whitespace, except after abbreviations and single initials.
import type { Span, TextUnit } from './model.js';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt st mt no vs etc e.g i.e jan feb mar apr jun jul aug sep ' +
    'sept oct nov dec u.s u.k u.n inc ltd co corp jr sr rep sen gov'
  ).split(' '),
);

const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
const ENDS_LIKE_SENTENCE = /[.!?…:;]["'”’)\]]*$/;

export function segmentText(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let paragraph = 0;
  for (const line of lines(text)) {
    const body = text.slice(line.start, line.end);
    if (!ENDS_LIKE_SENTENCE.test(body)) {
      units.push({ ...line, index: units.length, paragraph, kind: 'heading' });
    } else {
      for (const span of sentences(text, line)) {
        units.push({ ...span, index: units.length, paragraph, kind: 'sentence' });
      }
    }
    paragraph++;
  }
  return units;
}

/** The unit that contains offset `at`, or undefined between units. */
export function unitAt(units: readonly TextUnit[], at: number): TextUnit | undefined {
  return units.find((unit) => unit.start <= at && at < unit.end);
}

function lines(text: string): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    pushTrimmed(text, cursor, match.index, spans);
    cursor = match.index + match[0].length;
  }
  pushTrimmed(text, cursor, text.length, spans);
  return spans;
}

function sentences(text: string, line: Span): Span[] {
  const spans: Span[] = [];
  const body = line.text;
  let cursor = 0;
  for (const match of body.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && isAbbreviation(body, match.index)) continue;
    pushTrimmed(text, line.start + cursor, line.start + end, spans);
    cursor = end;
  }
  pushTrimmed(text, line.start + cursor, line.end, spans);
  return spans;
}

function isAbbreviation(body: string, dotAt: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dotAt - 12), dotAt))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // a single initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, from: number, to: number, into: Span[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) into.push({ start, end, text: text.slice(start, end) });
}
