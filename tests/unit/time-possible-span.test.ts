import { describe, expect, it } from 'vitest';
import {
  certainlyInside,
  OPEN_END,
  OPEN_START,
  possibleSpan,
  possiblyOverlaps,
} from '../../graph/time/possible-span.js';

const YEAR_2020 = { from: '2020-01-01', to: '2020-12-31' };

describe('possiblyOverlaps', () => {
  it('treats unknown bounds as open', () => {
    expect(possiblyOverlaps({ earliest: null, latest: null }, YEAR_2020)).toBe(true);
    expect(possiblyOverlaps(null, YEAR_2020)).toBe(true);
    expect(possiblyOverlaps({ earliest: '2022-02-24', latest: null }, YEAR_2020)).toBe(false);
    expect(possiblyOverlaps({ earliest: null, latest: '2019-12-31' }, YEAR_2020)).toBe(false);
  });

  it('keeps an interval that touches the window at either inclusive end', () => {
    expect(possiblyOverlaps({ earliest: '2020-12-01', latest: '2020-12-31' }, YEAR_2020)).toBe(true);
    expect(possiblyOverlaps({ earliest: '2019-06-01', latest: '2020-01-01' }, YEAR_2020)).toBe(true);
    expect(possiblyOverlaps({ earliest: '2020-12-31', latest: '2021-03-01' }, YEAR_2020)).toBe(true);
    expect(possiblyOverlaps({ earliest: '2021-01-01', latest: '2021-01-01' }, YEAR_2020)).toBe(false);
  });
});

describe('certainlyInside', () => {
  it('needs both bounds known and inside', () => {
    expect(certainlyInside({ earliest: '2020-03-01', latest: '2020-03-31' }, YEAR_2020)).toBe(true);
    expect(certainlyInside({ earliest: '2020-03-01', latest: null }, YEAR_2020)).toBe(false);
    expect(certainlyInside({ earliest: '2019-12-31', latest: '2020-01-01' }, YEAR_2020)).toBe(false);
  });
});

describe('possibleSpan', () => {
  it('makes open ends explicit with sentinel days that sort outside every real date', () => {
    expect(possibleSpan({ earliest: null, latest: '2020-01-01' })).toEqual({
      start: OPEN_START,
      end: '2020-01-01',
    });
    expect(possibleSpan({ earliest: '2020-01-01', latest: null })).toEqual({
      start: '2020-01-01',
      end: OPEN_END,
    });
  });
});
