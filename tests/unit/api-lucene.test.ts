import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, searchTerms } from '../../graph/queries/lucene.js';

describe('buildLuceneQuery', () => {
  it('matches a word exactly, as a prefix and with one typo when long enough', () => {
    expect(buildLuceneQuery('Kyiv')).toBe('(kyiv^3 OR kyiv*)');
    expect(buildLuceneQuery('Istanbul')).toBe('(istanbul^3 OR istanbul* OR istanbul~1)');
  });

  it('never lets query syntax through when the input is full of it', () => {
    const query = buildLuceneQuery('name:"Kyiv" AND (x OR y)~2 +a -b && c || !d {e} [f TO g] ^h ? * \\ /');
    // Only terms, our own grouping, boosts, prefix and fuzzy marks, joined by OR.
    expect(query?.replace(/ OR /g, ' ')).toMatch(/^[\p{Ll}\p{N}^*~()" 0-9]+$/u);
    expect(searchTerms('name:"Kyiv" AND x')).toEqual(['name', 'kyiv', 'and', 'x']);
  });

  it('lower-cases boolean words so they are terms, not operators', () => {
    expect(buildLuceneQuery('Russia AND Ukraine')).not.toMatch(/\bAND\b\^|\(AND/);
    expect(searchTerms('Russia AND Ukraine')).toEqual(['russia', 'and', 'ukraine']);
  });

  it('ranks the whole phrase first and leaves stop-words out of the word clauses', () => {
    expect(buildLuceneQuery('reduction in hostilities')).toBe(
      '"reduction in hostilities"^8 OR (reduction^3 OR reduction* OR reduction~1) OR (hostilities^3 OR hostilities* OR hostilities~1)',
    );
    expect(buildLuceneQuery('the')).toBe('(the^3 OR the*)');
  });

  it('returns null when the input holds no word', () => {
    expect(buildLuceneQuery('  *** :: "" ')).toBeNull();
  });

  it('keeps letters of any script and caps the number of terms', () => {
    expect(searchTerms('Київ Türkiye')).toEqual(['київ', 'türkiye']);
    expect(searchTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });
});

describe('escapeLucene', () => {
  it('backslash-escapes every special character', () => {
    expect(escapeLucene('a+b-c&d|e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});
