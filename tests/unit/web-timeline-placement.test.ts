import { describe, expect, it } from 'vitest';
import { eventOfItem, laneItemId, lanesFor, NO_LANE } from '../../web/src/timeline/lanes.js';
import { placeEvents } from '../../web/src/timeline/placement.js';
import {
  derivedBounds,
  escapeText,
  laneGroups,
  laneItems,
  possibleWindow,
  readingOrder,
} from '../../web/src/timeline/timeline-items.js';
import { createTestTimelineEvent as event } from './web-fixtures.js';

describe('timeline placement', () => {
  it('draws a day-precise event as a point on its day', () => {
    const { dated } = placeEvents([event({ id: 'event:a', earliest: '2025-05-16', latest: '2025-05-16' })]);
    expect(dated).toEqual([
      {
        id: 'event:a',
        start: '2025-05-16',
        end: '2025-05-17',
        shape: 'point',
        approximate: false,
        when: '16 May 2025',
      },
    ]);
  });

  it('draws "June 2025" as a bar over the whole month, never as a day', () => {
    const { dated } = placeEvents([
      event({ id: 'event:june', precision: 'MONTH', earliest: '2025-06-01', latest: '2025-06-30' }),
    ]);
    expect(dated[0]).toMatchObject({
      shape: 'range',
      start: '2025-06-01',
      end: '2025-07-01',
      when: 'Jun 2025 (month)',
    });
  });

  it('keeps approximate dates marked as approximate', () => {
    const { dated } = placeEvents([
      event({ id: 'event:x', precision: 'APPROXIMATE', earliest: '2025-07-23', latest: '2025-07-23' }),
    ]);
    expect(dated[0]).toMatchObject({ shape: 'point', approximate: true, when: 'about 23 Jul 2025' });
  });

  it('never gives a relatively known event a date: it goes to the relative band', () => {
    const { dated, relative } = placeEvents([
      event({ id: 'event:invasion', earliest: '2022-02-24', latest: '2022-02-24' }),
      event({
        id: 'event:recent-swap',
        origin: 'ARTICLE',
        precision: 'RELATIVE',
        earliest: '2022-02-24',
        latest: null,
        relativePhrase: 'this most recent swap',
        after: ['event:invasion'],
      }),
    ]);
    expect(dated.map((d) => d.id)).toEqual(['event:invasion']);
    expect(relative).toEqual([
      {
        id: 'event:recent-swap',
        order: 0,
        phrase: 'this most recent swap',
        when: 'known only by order: after 24 Feb 2022',
        follows: ['event:invasion'],
        precedes: [],
      },
    ]);
  });

  it('keeps the order the API placed relative events in, whatever their PRECEDES lists say', () => {
    // The API's timeline order is the one order (graph/time/timeline-order.ts); the web never
    // recomputes it, so the band shows exactly what `timeline` and the CSV export list.
    const events = [
      event({ id: 'event:war', precision: 'RELATIVE', earliest: null, latest: null, placedBy: 'UNPLACED' }),
      event({ id: 'event:talks', precision: 'RELATIVE', earliest: null, latest: null, after: ['event:war'] }),
      event({
        id: 'event:swap',
        precision: 'RELATIVE',
        earliest: null,
        latest: null,
        after: ['event:talks'],
      }),
    ];
    expect(placeEvents(events).relative.map((r) => [r.id, r.order])).toEqual([
      ['event:war', 0],
      ['event:talks', 1],
      ['event:swap', 2],
    ]);
    expect(placeEvents([...events].reverse()).relative.map((r) => r.id)).toEqual([
      'event:swap',
      'event:talks',
      'event:war',
    ]);
  });

  it('sends undated events of any precision to the band, saying the date is unknown', () => {
    const { relative } = placeEvents([
      event({ id: 'event:u', precision: 'UNKNOWN', earliest: null, latest: null }),
    ]);
    expect(relative[0]?.when).toBe('date unknown');
  });
});

describe('timeline lanes', () => {
  const series = event({
    id: 'event:series',
    issues: [{ id: 'issue:exchanges', name: 'Prisoner exchanges' }],
    participants: [{ id: 'actor:russia', name: 'Russia' }],
  });
  const round = event({ id: 'event:round', partOf: ['event:series'] });
  const talks = event({
    id: 'event:talks',
    issues: [
      { id: 'issue:peace', name: 'Peace' },
      { id: 'issue:exchanges', name: 'Prisoner exchanges' },
    ],
  });
  const lone = event({ id: 'event:lone' });

  it('puts an event in every lane of its issues and inherits them through PART_OF', () => {
    const lanes = lanesFor([series, round, talks, lone], 'issue');
    expect(lanes.map((l) => [l.id, l.eventIds])).toEqual([
      ['issue:exchanges', ['event:series', 'event:round', 'event:talks']],
      ['issue:peace', ['event:talks']],
      [NO_LANE, ['event:lone']],
    ]);
  });

  it('makes a lane per actor in actor mode', () => {
    const lanes = lanesFor([series, round, lone], 'actor');
    expect(lanes.map((l) => l.label)).toEqual(['Russia', 'No actor']);
  });

  it('maps lane item ids back to their event', () => {
    expect(eventOfItem(laneItemId('event:a', 'issue:b'))).toBe('event:a');
  });
});

describe('timeline items', () => {
  const events = [
    event({
      id: 'event:june',
      origin: 'ARTICLE',
      precision: 'MONTH',
      earliest: '2025-06-01',
      latest: '2025-06-30',
      issues: [{ id: 'issue:x', name: 'X <b>' }],
    }),
    event({ id: 'event:day', earliest: '2025-05-16', latest: '2025-05-16' }),
    event({ id: 'event:rel', precision: 'RELATIVE', earliest: null, latest: null }),
  ];
  const byId = new Map(events.map((e) => [e.id, e]));
  const lanes = lanesFor(events, 'issue');
  const items = laneItems(lanes, placeEvents(events), byId, new Set(['event:day']));

  it('draws uncertain spans as ranges and exact days as points, never relative events', () => {
    expect(items.map((i) => [i.id, i.type])).toEqual([
      ['event:june@issue:x', 'range'],
      [`event:day@${NO_LANE}`, 'point'],
    ]);
    expect(items[0]?.end).toEqual(new Date(2025, 6, 1));
  });

  it('classes article vs background, uncertain and filtered-out events', () => {
    expect(items[0]?.className).toBe('ev-article ev-uncertain');
    expect(items[1]?.className).toBe('ev-context ev-exact is-filtered');
  });

  it('escapes names, since vis-timeline renders content as HTML', () => {
    expect(laneGroups(lanes)[0]?.content).toBe('X &lt;b&gt;');
    expect(escapeText('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
  });
});

describe('derived bounds in the tooltip (issue 9)', () => {
  const invasion = { id: 'event:invasion', name: 'Full-scale invasion', origin: 'CONTEXT' as const };
  const talks = { id: 'event:talks', name: 'Istanbul talks', origin: 'ARTICLE' as const };

  it('says which bound is derived and that it comes from a background event', () => {
    const swap = event({
      id: 'event:swap',
      earliest: '2022-02-24',
      latest: '2025-05-16',
      earliestFrom: invasion,
    });
    expect(derivedBounds(swap)).toEqual([
      'Earliest date derived from “Full-scale invasion” (a background event), not stated',
    ]);
    const byId = new Map([[swap.id, swap]]);
    const [item] = laneItems(lanesFor([swap], 'issue'), placeEvents([swap]), byId, new Set());
    expect(String(item?.title)).toContain(
      'Earliest date derived from “Full-scale invasion” (a background event)',
    );
  });

  it('names both sources when each bound comes from another event, one line when the same', () => {
    expect(derivedBounds(event({ id: 'event:a', earliestFrom: invasion, latestFrom: talks }))).toEqual([
      'Earliest date derived from “Full-scale invasion” (a background event), not stated',
      'Latest date derived from “Istanbul talks”, not stated',
    ]);
    expect(derivedBounds(event({ id: 'event:b', earliestFrom: talks, latestFrom: talks }))).toEqual([
      'Both bounds derived from “Istanbul talks”, not stated',
    ]);
  });

  it('says nothing for stated dates', () => {
    expect(derivedBounds(event({ id: 'event:c', earliest: '2025-05-16', latest: '2025-05-16' }))).toEqual([]);
  });
});

describe('possible window of a relative event', () => {
  const axis = { start: new Date(2014, 0, 1), end: new Date(2027, 0, 1) };

  it('shades from its derived bound onwards, open past the axis where no bound is known', () => {
    const item = possibleWindow(
      event({
        id: 'event:swap',
        precision: 'RELATIVE',
        earliest: '2022-02-24',
        latest: null,
        relativePhrase: 'this most recent swap',
      }),
      '~window',
      axis,
    );
    expect(item?.start).toEqual(new Date(2022, 1, 24));
    expect((item?.end as Date) > axis.end).toBe(true);
    expect(item?.content).toBe('possible window of “this most recent swap”');
  });

  it('draws nothing when nothing bounds the event', () => {
    expect(
      possibleWindow(
        event({ id: 'event:x', precision: 'RELATIVE', earliest: null, latest: null }),
        '~w',
        axis,
      ),
    ).toBeNull();
  });

  it('walks dated events by start, then the relative band', () => {
    const placement = placeEvents([
      event({ id: 'event:b', earliest: '2025-02-01', latest: '2025-02-01' }),
      event({ id: 'event:r', precision: 'RELATIVE', earliest: null, latest: null }),
      event({ id: 'event:a', earliest: '2024-01-01', latest: '2024-01-01' }),
    ]);
    expect(readingOrder(placement)).toEqual(['event:a', 'event:b', 'event:r']);
  });
});
