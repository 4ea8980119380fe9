import { describe, expect, it } from 'vitest';
import { highlight, matchRanges, snippetHtml } from '../../api/logic/highlight.js';

describe('highlight', () => {
  it('marks every word that starts with a term', () => {
    const snippet = highlight('The swap and the swapped prisoners', ['swap']);
    expect(snippet.highlights.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['swap', 'swapped']);
  });

  it('cuts long text around the first match with ellipses and shifts the ranges', () => {
    const text = `${'word '.repeat(100)}Kyiv said ${'more '.repeat(100)}`;
    const snippet = highlight(text, ['kyiv'], 60);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    const [range] = snippet.highlights;
    expect(range && snippet.text.slice(range.start, range.end)).toBe('Kyiv');
  });

  it('finds no range when nothing matches', () => {
    expect(matchRanges('Ukraine', ['kyiv'])).toEqual([]);
  });
});

describe('snippetHtml', () => {
  it('escapes the text and wraps matches in mark', () => {
    expect(snippetHtml({ text: '<b>Kyiv</b> & co', highlights: [{ start: 3, end: 7 }] })).toBe(
      '&lt;b&gt;<mark>Kyiv</mark>&lt;/b&gt; &amp; co',
    );
  });
});
