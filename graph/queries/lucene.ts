// Turns what a person typed into a safe Lucene query: only letters and digits survive, so no
// character of the input is ever query syntax (quotes, colons, wildcards, AND/OR, brackets).

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Backslash-escapes every Lucene special character (defence in depth after tokenizing). */
export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (ch) => `\\${ch}`);
}

/** Lower-cased words of the input, at most 12, each at most 40 characters. */
export function searchTerms(input: string): string[] {
  const words =
    input
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, 40)))].slice(0, 12);
}

// Words too common to say anything on their own: "reduction in hostilities" must not find the
// families "in Ukraine and Russia". They still count inside the phrase clause.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from has have in into is it its of on or than that the their ' +
    'these this those to was were will with'
  ).split(' '),
);

/** The words that count on their own: all but stop-words (all of them when nothing else is left). */
export function contentTerms(input: string): string[] {
  const all = searchTerms(input);
  const content = all.filter((term) => !STOP_WORDS.has(term));
  return content.length > 0 ? content : all;
}

/**
 * The whole input as a phrase first (boosted most: "find the sentence that says X"), then each
 * word that is not a stop-word exactly (boosted), as a prefix ("istan" finds Istanbul), and, when
 * long enough, with one typo. Clauses are OR-ed: more matching words rank higher. Null when the
 * input has no word at all. Only letters and digits reach the query, phrase included.
 */
export function buildLuceneQuery(input: string): string | null {
  const all = searchTerms(input);
  if (all.length === 0) return null;
  const terms = contentTerms(input);
  const phrase = all.length > 1 ? [`"${all.map(escapeLucene).join(' ')}"^8`] : [];
  const words = terms.map((term) => {
    const safe = escapeLucene(term);
    const parts = [`${safe}^3`, `${safe}*`];
    if (term.length >= 5) parts.push(`${safe}~1`);
    return `(${parts.join(' OR ')})`;
  });
  return [...phrase, ...words].join(' OR ');
}
