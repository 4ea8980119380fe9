// Splits a source text into paragraphs and sentences with their offsets (JavaScript string
// indices, i.e. UTF-16 code units, the same unit Statement.start/end use).
//
// Paragraphs are separated by blank lines; a line break inside a paragraph is only a space, so
// hard-wrapped texts keep whole sentences. A heading or byline line without final punctuation is
// its own paragraph and so its own sentence. A sentence ends at . ! ? or … (plus closing quotes or
// brackets) followed by whitespace, except after common abbreviations and single initials.

export interface Sentence {
  /** 0-based, counted over the whole text. */
  index: number;
  /** 0-based paragraph index. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt st mt no vs etc e.g i.e jan feb mar apr jun jul aug sep ' +
    'sept oct nov dec u.s u.k u.n inc ltd co corp jr sr'
  ).split(' '),
);

const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s)/g;

export function splitParagraphs(text: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let cursor = 0;
  for (const match of text.matchAll(blank)) {
    pushTrimmed(text, cursor, match.index, paragraphs);
    cursor = match.index + match[0].length;
  }
  pushTrimmed(text, cursor, text.length, paragraphs);
  return paragraphs;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  splitParagraphs(text).forEach((paragraph, paragraphIndex) => {
    const spans: { start: number; end: number }[] = [];
    const body = text.slice(paragraph.start, paragraph.end);
    let cursor = 0;
    for (const match of body.matchAll(TERMINATOR)) {
      const end = match.index + match[0].length;
      if (match[0].startsWith('.') && isAbbreviation(body, match.index)) continue;
      pushTrimmed(body, cursor, end, spans);
      cursor = end;
    }
    pushTrimmed(body, cursor, body.length, spans);
    for (const span of spans) {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        start,
        end,
        text: text.slice(start, end),
      });
    }
  });
  return sentences;
}

/** The sentence that contains offset `at`, or undefined when `at` falls between sentences. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** 1-based line of an offset, for messages that point into the article. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

function isAbbreviation(body: string, dotAt: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dotAt - 12), dotAt))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // a single initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, from: number, to: number, into: { start: number; end: number }[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) into.push({ start, end });
}
