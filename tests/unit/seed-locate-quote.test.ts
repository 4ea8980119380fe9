import { describe, expect, it } from 'vitest';
import { findNearMatch, locateQuote } from '../../graph/seed/locate-quote.js';

const text = 'Moscow and Kyiv agreed. Later, Moscow refused. Turkey’s role grew.';

describe('locateQuote', () => {
  it('returns the offsets of a quote that occurs once', () => {
    const found = locateQuote(text, 'Kyiv agreed');
    expect(found).toEqual({ ok: true, start: 11, end: 22 });
    if (found.ok) expect(text.slice(found.start, found.end)).toBe('Kyiv agreed');
  });

  it('refuses a quote that occurs more than once unless its occurrence is given', () => {
    expect(locateQuote(text, 'Moscow')).toEqual({ ok: false, reason: 'ambiguous', offsets: [0, 31] });
    expect(locateQuote(text, 'Moscow', 2)).toEqual({ ok: true, start: 31, end: 37 });
    expect(locateQuote(text, 'Moscow', 3)).toMatchObject({ ok: false, reason: 'occurrence-out-of-range' });
  });

  it('reports a quote that is not in the text, with the text’s own words when only typography differs', () => {
    expect(locateQuote(text, 'Ankara refused')).toEqual({ ok: false, reason: 'not-found', nearMatch: null });
    expect(locateQuote(text, "Turkey's role")).toEqual({
      ok: false,
      reason: 'not-found',
      nearMatch: 'Turkey’s role',
    });
  });

  it('counts offsets in UTF-16 code units, like JavaScript string indices', () => {
    const found = locateQuote(text, 'role grew');
    expect(found.ok && text.slice(found.start, found.end)).toBe('role grew');
  });
});

describe('findNearMatch', () => {
  it('ignores case, repeated spaces and dash style', () => {
    expect(findNearMatch('A long — winding road', 'a  LONG - winding')).toBe('A long — winding');
  });
});
