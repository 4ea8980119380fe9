import { describe, expect, it } from 'vitest';
import { normaliseDates } from '../../ingest/normalise-dates.js';
import { segmentText } from '../../ingest/segment-text.js';

const datesOf = (text: string, published: string | null) =>
  normaliseDates(segmentText(text), published).map((d) => [d.text, d.value, d.precision, d.inferredYear]);

describe('normaliseDates', () => {
  it('reads a weekday as the most recent such day up to the publication date', () => {
    // 2025-05-25 is a Sunday.
    expect(datesOf('They met on Friday. More came home on Sunday.', '2025-05-25')).toEqual([
      ['on Friday', '2025-05-23', 'day', true],
      ['on Sunday', '2025-05-25', 'day', true],
    ]);
  });

  it('marks a year taken from the publication date as inferred, and keeps explicit years', () => {
    expect(datesOf('He was arrested in March 2023 and convicted in July.', '2024-08-01')).toEqual([
      ['March 2023', '2023-03', 'month', false],
      ['July', '2024-07', 'month', true],
    ]);
  });

  it('picks last year for a month-day that would otherwise lie after publication', () => {
    expect(datesOf('The swap took place on December 30.', '2025-01-10')[0]?.[1]).toBe('2024-12-30');
  });

  it('does not date "now", a state of affairs rather than the day of an event', () => {
    expect(datesOf('Aliyev said the two nations were now choosing peace on Friday.', '2025-08-09')).toEqual([
      ['on Friday', '2025-08-08', 'day', true],
    ]);
  });

  it('never dates durations', () => {
    expect(
      datesOf('The first phase would last 42 days, within 90 days of the seven-month war.', '2025-01-20'),
    ).toEqual([]);
  });

  it('leaves weekdays relative when the publication date is unknown', () => {
    expect(datesOf('They met on Friday.', null)).toEqual([['on Friday', null, 'relative', false]]);
  });

  it('keeps anchored phrases for the event stage and reads seasons and bare years', () => {
    const found = normaliseDates(
      segmentText('A day later, the following day, the spring of 2022, since 2019.'),
      '2025-01-01',
    );
    expect(found.map((d) => [d.text, d.precision, d.value, d.anchorDays])).toEqual([
      ['A day later', 'relative', null, 1],
      ['the following day', 'relative', null, 1],
      ['the spring of 2022', 'approximate', '2022', null],
      ['since 2019', 'year', '2019', null],
    ]);
  });
});
