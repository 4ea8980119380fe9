import { describe, expect, it } from 'vitest';
import { WriteRateLimiter } from '../../api/auth/rate-limiter.js';

// The per-token write limit with a hand-driven clock: time is the subject, so no real waiting.
function createTestLimiter(perMinute: number) {
  let now = 1_000_000;
  const limiter = new WriteRateLimiter(perMinute, () => now);
  return { limiter, advance: (ms: number) => (now += ms) };
}

describe('WriteRateLimiter', () => {
  it('lets a burst up to the limit through, then says how long to wait', () => {
    const { limiter } = createTestLimiter(60);
    for (let i = 0; i < 60; i++) expect(limiter.take('token:a')).toBe(0);
    expect(limiter.take('token:a')).toBe(1_000);
  });

  it('refills one write per 60 000 / limit ms, never above the limit', () => {
    const { limiter, advance } = createTestLimiter(6);
    for (let i = 0; i < 6; i++) limiter.take('token:a');
    expect(limiter.take('token:a')).toBe(10_000);
    advance(4_000);
    expect(limiter.take('token:a')).toBe(6_000);
    advance(6_000);
    expect(limiter.take('token:a')).toBe(0);
    expect(limiter.take('token:a')).toBe(10_000);
    advance(60 * 60_000);
    for (let i = 0; i < 6; i++) expect(limiter.take('token:a')).toBe(0);
    expect(limiter.take('token:a')).toBeGreaterThan(0);
  });

  it('counts each token on its own', () => {
    const { limiter } = createTestLimiter(1);
    expect(limiter.take('token:a')).toBe(0);
    expect(limiter.take('token:a')).toBe(60_000);
    expect(limiter.take('token:b')).toBe(0);
  });

  it('does not let refused attempts buy time: waiting still ends when the bucket refills', () => {
    const { limiter, advance } = createTestLimiter(2);
    limiter.take('token:a');
    limiter.take('token:a');
    for (let i = 0; i < 10; i++) {
      expect(limiter.take('token:a')).toBeGreaterThan(0);
      advance(1_000);
    }
    advance(20_000);
    expect(limiter.take('token:a')).toBe(0);
  });
});
