import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OperationGate } from '../../api/operation-gate.js';

// The query gate's rules (api/operation-gate.ts); time is the subject, so the timers are fake.
function held() {
  let release = () => {};
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { done, release };
}

describe('OperationGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at most maxRunning at once and admits the longest-waiting next', async () => {
    const gate = new OperationGate({ maxRunning: 1, maxQueued: 2, queueWaitMs: 1_000 });
    const first = held();
    const order: string[] = [];
    const running = gate.run(async () => {
      await first.done;
      order.push('first');
    });
    const second = gate.run(async () => {
      order.push('second');
    });
    const third = gate.run(async () => {
      order.push('third');
    });
    expect(gate.load).toEqual({ running: 1, queued: 2 });
    expect(gate.full).toBe(true);
    first.release();
    await Promise.all([running, second, third]);
    expect(order).toEqual(['first', 'second', 'third']);
    expect(gate.load).toEqual({ running: 0, queued: 0 });
    expect(gate.full).toBe(false);
  });

  it('refuses at once when the queue is full, as a busy database would be', async () => {
    const gate = new OperationGate({ maxRunning: 1, maxQueued: 0, queueWaitMs: 1_000 });
    const first = held();
    const running = gate.run(() => first.done);
    await expect(gate.run(async () => 'never')).rejects.toMatchObject({ name: 'DatabaseBusyError' });
    first.release();
    await running;
  });

  it('refuses a query that waited queueWaitMs, and frees its place in the queue', async () => {
    const gate = new OperationGate({ maxRunning: 1, maxQueued: 1, queueWaitMs: 1_000 });
    const first = held();
    const running = gate.run(() => first.done);
    const waiting = gate.run(async () => 'never');
    const refused = expect(waiting).rejects.toMatchObject({ name: 'DatabaseBusyError' });
    await vi.advanceTimersByTimeAsync(1_001);
    await refused;
    expect(gate.load).toEqual({ running: 1, queued: 0 });
    first.release();
    await running;
  });

  it('stops waiting when the request is aborted (deadline or client gone): a timeout, not a fault', async () => {
    const gate = new OperationGate({ maxRunning: 1, maxQueued: 1, queueWaitMs: 10_000 });
    const first = held();
    const running = gate.run(() => first.done);
    const controller = new AbortController();
    const waiting = gate.run(async () => 'never', controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'DatabaseTimeoutError' });
    expect(gate.load.queued).toBe(0);
    await expect(gate.run(async () => 'never', controller.signal)).rejects.toMatchObject({
      name: 'DatabaseTimeoutError',
    });
    first.release();
    await running;
  });

  it('frees the slot when the work fails', async () => {
    const gate = new OperationGate({ maxRunning: 1, maxQueued: 0, queueWaitMs: 1_000 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });
});
