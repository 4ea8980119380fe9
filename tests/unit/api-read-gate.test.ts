import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseBreaker } from '../../api/database-breaker.js';
import { ReadGate } from '../../api/read-gate.js';
import { schema } from '../../api/schema/index.js';
import { COST_LIMITS, costOf } from '../../api/use-cost.js';
import { classifyDriverError, DatabaseUnavailableError } from '../../graph/errors.js';

// Time is the subject here, so it is a number the test moves, not a clock it waits on.
function createTestBreaker() {
  const clock = { now: 0 };
  return { clock, breaker: new DatabaseBreaker(1_000, () => clock.now) };
}

describe('DatabaseBreaker', () => {
  it('admits exactly one probe when the cooldown is over, and closes when it succeeds', () => {
    const { clock, breaker } = createTestBreaker();
    breaker.settle(breaker.admit(), new DatabaseUnavailableError('down'));
    expect(breaker.admit().kind).toBe('blocked');
    clock.now = 1_000;
    const probe = breaker.admit();
    expect(probe.kind).toBe('probe');
    expect(breaker.admit().kind).toBe('blocked');
    breaker.settle(probe);
    expect(breaker.admit().kind).toBe('pass');
  });

  it('tells reads to wait a whole cooldown while the probe is out, not to poll', () => {
    const { clock, breaker } = createTestBreaker();
    breaker.settle(breaker.admit(), new DatabaseUnavailableError('down'));
    clock.now = 5_000;
    expect(breaker.admit().kind).toBe('probe');
    expect(breaker.admit()).toEqual({ kind: 'blocked', retryInMs: 1_000 });
  });

  it('opens again for a cooldown when the probe fails', () => {
    const { clock, breaker } = createTestBreaker();
    breaker.settle(breaker.admit(), new DatabaseUnavailableError('down'));
    clock.now = 1_000;
    breaker.settle(breaker.admit(), new DatabaseUnavailableError('still down'));
    clock.now = 1_999;
    expect(breaker.admit().kind).toBe('blocked');
    clock.now = 2_000;
    expect(breaker.admit().kind).toBe('probe');
  });
});

describe('ReadGate', () => {
  it('runs at most maxConcurrent reads and refuses beyond the queue at once', async () => {
    const gate = new ReadGate(new DatabaseBreaker(), { maxConcurrent: 2, maxQueued: 1, queueWaitMs: 10_000 });
    const releases: (() => void)[] = [];
    const work = () => new Promise<void>((done) => releases.push(done));
    const running = [gate.run(work), gate.run(work)];
    const queued = gate.run(work);
    await expect(gate.run(work)).rejects.toThrow(/Too many reads/);
    expect(gate.load).toEqual({ active: 2, queued: 1 });
    for (const release of releases.splice(0)) release();
    await Promise.all(running);
    await new Promise((done) => setImmediate(done));
    for (const release of releases.splice(0)) release();
    await queued;
    expect(gate.load).toEqual({ active: 0, queued: 0 });
  });

  // Issue 15: while a probe was out every waiting read re-checked every millisecond, which
  // starved the event loop that had to carry the probe's answer.
  it('lets waiting reads sleep while the probe is out and admits them once it succeeds', async () => {
    const { clock, breaker } = createTestBreaker();
    const gate = new ReadGate(breaker, { maxConcurrent: 16, maxQueued: 100, queueWaitMs: 3_000 });
    await expect(
      gate.run(async () => {
        throw new DatabaseUnavailableError('down');
      }),
    ).rejects.toThrow('down');
    const admit = vi.spyOn(breaker, 'admit');
    vi.useFakeTimers();
    try {
      clock.now = 1_000;
      let answerProbe = () => {};
      const probe = gate.run(() => new Promise<string>((done) => (answerProbe = () => done('probe'))));
      const waiting = Array.from({ length: 10 }, () => gate.run(async () => 'waited'));
      await vi.advanceTimersByTimeAsync(900);
      expect(admit.mock.calls.length).toBeLessThan(30);
      answerProbe();
      await expect(probe).resolves.toBe('probe');
      await expect(Promise.all(waiting)).resolves.toEqual(Array(10).fill('waited'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops waiting when the request is aborted', async () => {
    const gate = new ReadGate(new DatabaseBreaker(), { maxConcurrent: 1, maxQueued: 5, queueWaitMs: 60_000 });
    let release = () => {};
    const first = gate.run(() => new Promise<void>((done) => (release = done)));
    const controller = new AbortController();
    const waiting = gate.run(async () => 'never', controller.signal);
    controller.abort(new Error('client left'));
    await expect(waiting).rejects.toThrow(/client left/);
    release();
    await first;
  });
});

describe('classifyDriverError', () => {
  it('tells a full pool and a timed-out transaction from an unreachable server', () => {
    expect(
      classifyDriverError(
        new Error('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50'),
      ),
    ).toBe('busy');
    expect(classifyDriverError(Object.assign(new Error('x'), { name: 'Neo4jError' }))).toBe('other');
    expect(classifyDriverError(new Error('connect ECONNREFUSED 127.0.0.1:7687'))).toBe('unavailable');
  });
});

describe('cost analysis', () => {
  it('multiplies nested lists so that lists of lists of lists are refused', () => {
    const nested = parse(
      '{ node(id: "source:x") { ... on Source { statements { source { statements { source { statements { source { text } } } } } } } } }',
    );
    const deep = parse(
      '{ events(first: 100) { edges { node { participants { actor { events { event { participants { actor { events { event { name } } } } } } } } } } } }',
    );
    expect(costOf(schema, deep)).toBeGreaterThan(COST_LIMITS.maxCost);
    expect(costOf(schema, nested)).toBeGreaterThan(
      costOf(schema, parse('{ node(id: "source:x") { ... on Source { statements { source { text } } } } }')) *
        5,
    );
  });

  it('counts a page by the size it asks for', () => {
    const small = costOf(schema, parse('{ actors(first: 5) { edges { node { id } } } }'));
    const large = costOf(schema, parse('{ actors(first: 100) { edges { node { id } } } }'));
    expect(large).toBeGreaterThan(small * 15);
  });
});
