import { describe, expect, it } from 'vitest';
import { isRepeatable, MAX_ATTEMPTS, retryDelayMs } from '../../web/src/api/retry-policy.js';

describe('retryDelayMs', () => {
  it('waits as long as Retry-After says, longer on each attempt, when the API answers 503', () => {
    expect(retryDelayMs({ status: 503, retryAfter: '2' }, 1)).toBe(2000);
    expect(retryDelayMs({ status: 503, retryAfter: '2' }, 2)).toBe(4000);
  });

  it('stops after the last attempt', () => {
    expect(retryDelayMs({ status: 503, retryAfter: '2' }, MAX_ATTEMPTS)).toBeNull();
  });

  it('does not retry when the server did not ask for it', () => {
    expect(retryDelayMs({ status: 503, retryAfter: null }, 1)).toBeNull();
    expect(retryDelayMs({ status: 400, retryAfter: '2' }, 1)).toBeNull();
    expect(retryDelayMs({ status: 200, retryAfter: null }, 1)).toBeNull();
  });

  it('does not retry when Retry-After is a date, garbage or too long to wait on a page', () => {
    expect(retryDelayMs({ status: 503, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' }, 1)).toBeNull();
    expect(retryDelayMs({ status: 503, retryAfter: '-1' }, 1)).toBeNull();
    expect(retryDelayMs({ status: 503, retryAfter: '600' }, 1)).toBeNull();
  });
});

describe('isRepeatable', () => {
  it('repeats queries, never mutations', () => {
    expect(isRepeatable('query GraphPage($first: Int!) { actors(first: $first) { edges { cursor } } }')).toBe(
      true,
    );
    expect(isRepeatable('{ stats { entityCount } }')).toBe(true);
    expect(isRepeatable('  mutation Review { reviewProposal(id: "x") { id } }')).toBe(false);
    expect(isRepeatable('# a comment\nmutation { x }')).toBe(false);
  });
});
