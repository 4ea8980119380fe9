import { describe, expect, it } from 'vitest';
import { type Placeable, placeEvents } from '../../api/logic/place-events.js';

function createTestEvent(overrides: Partial<Placeable> & { id: string }): Placeable {
  return { name: overrides.id, earliest: null, latest: null, ...overrides };
}

describe('placeEvents', () => {
  it('sorts dated events by their earliest bound', () => {
    const events = [
      createTestEvent({ id: 'b', earliest: '2025-06-02', latest: '2025-06-02' }),
      createTestEvent({ id: 'a', earliest: '2022-02-24', latest: '2022-02-24' }),
    ];
    expect(placeEvents(events, []).map((p) => p.event.id)).toEqual(['a', 'b']);
  });

  it('places a relative event right after what precedes it', () => {
    const events = [
      createTestEvent({ id: 'talks', earliest: '2025-06-02', latest: '2025-06-02' }),
      createTestEvent({ id: 'war', earliest: '2022-02-24', latest: '2022-02-24' }),
      createTestEvent({ id: 'swap' }),
      createTestEvent({ id: 'later', earliest: '2023-01-01', latest: '2023-01-01' }),
    ];
    const placed = placeEvents(events, [
      { from: 'war', to: 'swap' },
      { from: 'swap', to: 'talks' },
    ]);
    expect(placed.map((p) => p.event.id)).toEqual(['war', 'swap', 'later', 'talks']);
    expect(placed[1]).toMatchObject({ placedBy: 'ORDER', sortDate: '2022-02-24' });
  });

  it('reports a relative event bounded through its order as placed by ORDER', () => {
    const events = [
      createTestEvent({ id: 'war', earliest: '2022-02-24', latest: '2022-02-24' }),
      createTestEvent({ id: 'swap', earliest: '2022-02-24', precision: 'relative' }),
    ];
    const placed = placeEvents(events, [{ from: 'war', to: 'swap' }]);
    expect(placed.map((p) => [p.event.id, p.placedBy])).toEqual([
      ['war', 'DATE'],
      ['swap', 'ORDER'],
    ]);
  });

  it('never puts an event before one that PRECEDES it, even against their dates', () => {
    const events = [
      createTestEvent({ id: 'x', earliest: '2025-01-01' }),
      createTestEvent({ id: 'y', earliest: '2024-01-01' }),
    ];
    expect(placeEvents(events, [{ from: 'x', to: 'y' }]).map((p) => p.event.id)).toEqual(['x', 'y']);
  });

  it('uses the order through events that are filtered out', () => {
    const events = [
      createTestEvent({ id: 'swap' }),
      createTestEvent({ id: 'talks', earliest: '2025-06-02' }),
    ];
    const order = [
      { from: 'war', to: 'swap', fromEarliest: '2022-02-24', fromLatest: '2022-02-24' },
      { from: 'swap', to: 'talks' },
    ];
    expect(placeEvents(events, order).map((p) => [p.event.id, p.sortDate])).toEqual([
      ['swap', '2022-02-24'],
      ['talks', '2025-06-02'],
    ]);
  });

  it('lists events with no date and no order last, and survives a cycle', () => {
    const events = [
      createTestEvent({ id: 'nowhere' }),
      createTestEvent({ id: 'p', earliest: '2020-01-01' }),
      createTestEvent({ id: 'q', earliest: '2021-01-01' }),
    ];
    const placed = placeEvents(events, [
      { from: 'p', to: 'q' },
      { from: 'q', to: 'p' },
    ]);
    expect(placed.map((p) => p.event.id)).toEqual(['p', 'q', 'nowhere']);
    expect(placed[2]?.placedBy).toBe('UNPLACED');
  });
});
