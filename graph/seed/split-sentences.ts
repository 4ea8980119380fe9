// Splits a source text into paragraphs and sentences with their offsets (JavaScript string
// indices, i.e. UTF-16 code units, the same unit Statement.start/end use).
//
// Paragraphs are separated by blank lines; a line break inside a paragraph is only a space, so
// hard-wrapped texts keep whole sentences. A text written one paragraph per line instead (most
// of its single line breaks follow a sentence's end) has its paragraphs split at every line
// break, so a heading line followed by a single newline never merges into the next sentence.
// A heading or byline line without final punctuation is its own paragraph and so its own sentence. A sentence ends at . ! ? or … (plus closing quotes or
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
  return isOneParagraphPerLine(text, paragraphs)
    ? paragraphs.flatMap((p) => splitLines(text, p))
    : paragraphs;
}

// Line breaks inside blank-line paragraphs: after a sentence's end in a text written one
// paragraph per line, mid-sentence in a hard-wrapped one. The majority decides for the text.
const LINE_BREAK = /\r?\n/g;
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*[ \t]*$/;

function isOneParagraphPerLine(text: string, paragraphs: readonly { start: number; end: number }[]): boolean {
  let breaks = 0;
  let afterSentenceEnd = 0;
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    for (const match of body.matchAll(LINE_BREAK)) {
      breaks++;
      if (ENDS_SENTENCE.test(body.slice(0, match.index))) afterSentenceEnd++;
    }
  }
  return breaks > 0 && afterSentenceEnd * 2 >= breaks;
}

function splitLines(
  text: string,
  paragraph: { start: number; end: number },
): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  let cursor = 0;
  for (const match of body.matchAll(LINE_BREAK)) {
    pushTrimmed(text, paragraph.start + cursor, paragraph.start + match.index, lines);
    cursor = match.index + match[0].length;
  }
  pushTrimmed(text, paragraph.start + cursor, paragraph.end, lines);
  return lines;
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
