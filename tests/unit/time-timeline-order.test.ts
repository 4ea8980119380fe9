import { describe, expect, it } from 'vitest';
import { type OrderInput, orderTimeline } from '../../graph/time/timeline-order.js';

function createTestEvent(overrides: Partial<OrderInput> & { id: string }): OrderInput {
  return { name: overrides.id, earliest: null, latest: null, precision: null, ...overrides };
}

const ids = (places: { id: string }[]) => places.map((p) => p.id);

describe('orderTimeline', () => {
  it('sorts dated events by their earliest bound and numbers them from 0', () => {
    const events = [
      createTestEvent({ id: 'b', earliest: '2025-06-02', latest: '2025-06-02' }),
      createTestEvent({ id: 'a', earliest: '2022-02-24', latest: '2022-02-24' }),
    ];
    expect(orderTimeline(events, [])).toEqual([
      { id: 'a', rank: 0, sortDate: '2022-02-24', placedBy: 'DATE' },
      { id: 'b', rank: 1, sortDate: '2025-06-02', placedBy: 'DATE' },
    ]);
  });

  it('places a relative event right after what precedes it', () => {
    const events = [
      createTestEvent({ id: 'talks', earliest: '2025-06-02', latest: '2025-06-02' }),
      createTestEvent({ id: 'war', earliest: '2022-02-24', latest: '2022-02-24' }),
      createTestEvent({ id: 'swap' }),
      createTestEvent({ id: 'later', earliest: '2023-01-01', latest: '2023-01-01' }),
    ];
    const placed = orderTimeline(events, [
      { from: 'war', to: 'swap' },
      { from: 'swap', to: 'talks' },
    ]);
    expect(ids(placed)).toEqual(['war', 'swap', 'later', 'talks']);
    expect(placed[1]).toMatchObject({ placedBy: 'ORDER', sortDate: '2022-02-24' });
  });

  it('takes the earliest key of what follows when nothing dated precedes', () => {
    const events = [
      createTestEvent({ id: 'talks', earliest: '2025-06-02' }),
      createTestEvent({ id: 'prelude' }),
      createTestEvent({ id: 'early', earliest: '2020-01-01' }),
    ];
    const placed = orderTimeline(events, [{ from: 'prelude', to: 'talks' }]);
    expect(ids(placed)).toEqual(['early', 'prelude', 'talks']);
    expect(placed[1]).toMatchObject({ placedBy: 'ORDER', sortDate: '2025-06-02' });
  });

  it('reports a relative event bounded through its order as placed by ORDER', () => {
    const events = [
      createTestEvent({ id: 'war', earliest: '2022-02-24', latest: '2022-02-24' }),
      createTestEvent({ id: 'swap', earliest: '2022-02-24', precision: 'relative' }),
    ];
    const placed = orderTimeline(events, [{ from: 'war', to: 'swap' }]);
    expect(placed.map((p) => [p.id, p.placedBy])).toEqual([
      ['war', 'DATE'],
      ['swap', 'ORDER'],
    ]);
  });

  it('never puts an event before one that PRECEDES it, even against their dates', () => {
    const events = [
      createTestEvent({ id: 'x', earliest: '2025-01-01' }),
      createTestEvent({ id: 'y', earliest: '2024-01-01' }),
    ];
    expect(ids(orderTimeline(events, [{ from: 'x', to: 'y' }]))).toEqual(['x', 'y']);
  });

  it('carries a key through a chain of relative events', () => {
    const events = [
      createTestEvent({ id: 'c' }),
      createTestEvent({ id: 'b' }),
      createTestEvent({ id: 'a', earliest: '2022-02-24' }),
      createTestEvent({ id: 'z', earliest: '2022-03-01' }),
    ];
    const placed = orderTimeline(events, [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ]);
    expect(ids(placed)).toEqual(['a', 'b', 'c', 'z']);
    expect(placed.map((p) => p.sortDate)).toEqual(['2022-02-24', '2022-02-24', '2022-02-24', '2022-03-01']);
  });

  it('lists events with no date and no order last, and survives a cycle', () => {
    const events = [
      createTestEvent({ id: 'nowhere' }),
      createTestEvent({ id: 'p', earliest: '2020-01-01' }),
      createTestEvent({ id: 'q', earliest: '2021-01-01' }),
    ];
    const placed = orderTimeline(events, [
      { from: 'p', to: 'q' },
      { from: 'q', to: 'p' },
    ]);
    expect(ids(placed)).toEqual(['p', 'q', 'nowhere']);
    expect(placed[2]?.placedBy).toBe('UNPLACED');
  });

  it('ignores PRECEDES edges to events it was not given', () => {
    const events = [createTestEvent({ id: 'a', earliest: '2020-01-01' })];
    expect(ids(orderTimeline(events, [{ from: 'gone', to: 'a' }]))).toEqual(['a']);
  });

  it('orders a long PRECEDES chain against its dates without recursion', () => {
    const n = 50_000;
    const events = Array.from({ length: n }, (_, i) =>
      createTestEvent({
        id: `e${i}`,
        earliest: i % 10 === 0 ? `2${String(n - i).padStart(3, '0')}-01-01` : null,
      }),
    );
    const chain = events.slice(1).map((event, i) => ({ from: `e${i}`, to: event.id }));
    const placed = orderTimeline(events, chain);
    expect(ids(placed)).toEqual(events.map((e) => e.id));
  });

  it('lists a whole before its parts at the same date, and places an undated whole at its earliest part', () => {
    const events = [
      createTestEvent({ id: 'invasion', earliest: '2022-02-24', latest: '2022-02-24' }),
      createTestEvent({ id: 'war', earliest: '2022-02-24', precision: 'relative' }),
      createTestEvent({ id: 'round-2', earliest: '2025-06-02', latest: '2025-06-02' }),
      createTestEvent({ id: 'round-1', earliest: '2022-03-29', latest: '2022-03-29' }),
      createTestEvent({ id: 'talks', precision: 'relative' }),
    ];
    const placed = orderTimeline(
      events,
      [],
      [
        { part: 'invasion', whole: 'war' },
        { part: 'round-1', whole: 'talks' },
        { part: 'round-2', whole: 'talks' },
      ],
    );
    expect(ids(placed)).toEqual(['war', 'invasion', 'talks', 'round-1', 'round-2']);
    expect(placed[2]).toMatchObject({ placedBy: 'ORDER', sortDate: '2022-03-29' });
  });

  it('keeps PRECEDES above PART_OF: a part that precedes its whole stays before it', () => {
    const events = [
      createTestEvent({ id: 'whole', earliest: '2022-01-01', latest: '2022-01-01' }),
      createTestEvent({ id: 'part', earliest: '2022-01-01', latest: '2022-01-01' }),
    ];
    const placed = orderTimeline(events, [{ from: 'part', to: 'whole' }], [{ part: 'part', whole: 'whole' }]);
    expect(ids(placed)).toEqual(['part', 'whole']);
  });
});
