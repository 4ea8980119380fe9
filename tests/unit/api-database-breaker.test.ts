import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseBreaker } from '../../api/database-breaker.js';
import type { GraphClient } from '../../graph/client.js';
import { DatabaseUnavailableError } from '../../graph/errors.js';

function createTestClient(state: { up: boolean; calls: number }) {
  return {
    queryCount: 7,
    read: async () => {
      state.calls++;
      if (!state.up) throw new DatabaseUnavailableError('down');
      return [{ ok: 1 }];
    },
  } as unknown as GraphClient;
}

describe('DatabaseBreaker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // Time is the subject here: a fake clock, so a busy machine cannot stretch or squeeze it.
  it('fails at once after an unavailable error, then probes again after the cooldown', async () => {
    vi.useFakeTimers();
    const state = { up: false, calls: 0 };
    const client = new DatabaseBreaker(1_000).guard(createTestClient(state));
    await expect(client.read('RETURN 1')).rejects.toThrow(DatabaseUnavailableError);
    state.up = true;
    vi.advanceTimersByTime(999);
    await expect(client.read('RETURN 1')).rejects.toThrow(/not retrying yet/);
    expect(state.calls).toBe(1);
    vi.advanceTimersByTime(1);
    await expect(client.read('RETURN 1')).resolves.toEqual([{ ok: 1 }]);
    expect(state.calls).toBe(2);
  });

  it('passes other properties through', () => {
    const client = new DatabaseBreaker().guard(createTestClient({ up: true, calls: 0 }));
    expect(client.queryCount).toBe(7);
  });
});
