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

/**
 * Each term matches exactly (boosted), as a prefix ("istan" finds Istanbul), and, when long
 * enough, with one typo. Terms are OR-ed: more matching terms rank higher. Null when the
 * input has no word at all.
 */
export function buildLuceneQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const safe = escapeLucene(term);
      const parts = [`${safe}^3`, `${safe}*`];
      if (term.length >= 5) parts.push(`${safe}~1`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' OR ');
}
