import { describe, expect, it } from 'vitest';
import { checkDeclaredBounds, deriveEventBounds, type TimedEvent } from '../../graph/seed/event-time.js';
import { ProblemList } from '../../graph/seed/seed-errors.js';

const where = { file: 'x.yaml', line: 1, field: null };
const event = (
  id: string,
  precision: TimedEvent['precision'],
  earliest: string | null = null,
  latest = earliest,
): TimedEvent => ({
  id,
  precision,
  earliest,
  latest,
  where,
});

describe('checkDeclaredBounds', () => {
  it('accepts a day, a month interval and a year interval', () => {
    expect(checkDeclaredBounds('day', '2022-02-24', '2022-02-24')).toBeNull();
    expect(checkDeclaredBounds('month', '2024-02-01', '2024-02-29')).toBeNull();
    expect(checkDeclaredBounds('year', '2023-01-01', '2023-12-31')).toBeNull();
  });

  it('rejects a month that is a fake day, reversed bounds and dates on undated events', () => {
    expect(checkDeclaredBounds('month', '2025-06-01', '2025-06-01')).toMatch(/last day of a month/);
    expect(checkDeclaredBounds('day', '2022-03-02', '2022-03-01')).toMatch(/after latest/);
    expect(checkDeclaredBounds('relative', '2022-03-02', null)).toMatch(/derived from PRECEDES/);
  });
});

describe('deriveEventBounds', () => {
  it('gives a relative event only the bounds that follow from PRECEDES, naming where they come from', () => {
    const events = new Map(
      [
        event('a', 'month', '2022-02-01', '2022-02-28'),
        event('b', 'relative'),
        event('c', 'relative'),
        event('d', 'day', '2024-05-06'),
      ].map((e) => [e.id, e] as const),
    );
    const precedes = [
      { from: 'a', to: 'b', where },
      { from: 'b', to: 'c', where },
      { from: 'c', to: 'd', where },
    ];
    const bounds = deriveEventBounds(events, precedes, new ProblemList());
    // b follows a month-precision event: it is no earlier than that month's first day, not its last.
    expect(bounds.get('b')).toEqual({
      precision: 'relative',
      earliest: '2022-02-01',
      latest: '2024-05-06',
      earliestFrom: 'a',
      latestFrom: 'd',
    });
    expect(bounds.get('c')).toMatchObject({ earliest: '2022-02-01', latest: '2024-05-06' });
    expect(bounds.get('a')).toMatchObject({
      earliest: '2022-02-01',
      latest: '2022-02-28',
      earliestFrom: null,
    });
  });

  it('leaves bounds null when nothing orders the event', () => {
    const bounds = deriveEventBounds(new Map([['x', event('x', 'relative')]]), [], new ProblemList());
    expect(bounds.get('x')).toMatchObject({ earliest: null, latest: null });
  });

  it('reports a PRECEDES cycle and an order that contradicts the dates', () => {
    const cycle = new ProblemList();
    deriveEventBounds(
      new Map([
        ['p', event('p', 'relative')],
        ['q', event('q', 'relative')],
      ]),
      [
        { from: 'p', to: 'q', where },
        { from: 'q', to: 'p', where },
      ],
      cycle,
    );
    expect(cycle.items.map((p) => p.code)).toContain('TIME_CONFLICT');

    const contradiction = new ProblemList();
    deriveEventBounds(
      new Map([
        ['late', event('late', 'day', '2025-01-01')],
        ['early', event('early', 'day', '2020-01-01')],
      ]),
      [{ from: 'late', to: 'early', where }],
      contradiction,
    );
    expect(contradiction.items[0]?.code).toBe('TIME_CONFLICT');
  });

  it('places a whole that begins with a dated event from that date, and only its start', () => {
    const events = new Map(
      [event('invasion', 'day', '2022-02-24'), event('war', 'relative'), event('swap', 'relative')].map(
        (e) => [e.id, e],
      ),
    );
    const problems = new ProblemList();
    const bounds = deriveEventBounds(events, [{ from: 'war', to: 'swap', where }], problems, [
      { from: 'invasion', to: 'war', where },
    ]);
    expect(problems.size).toBe(0);
    expect(bounds.get('war')).toMatchObject({
      earliest: '2022-02-24',
      earliestFrom: 'invasion',
      latest: null,
    });
    expect(bounds.get('swap')).toMatchObject({ earliest: '2022-02-24', earliestFrom: 'invasion' });
    expect(bounds.get('invasion')).toMatchObject({ latest: '2022-02-24', latestFrom: null });
  });
});
