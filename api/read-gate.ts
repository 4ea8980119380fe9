import { DatabaseBusyError, DatabaseUnavailableError } from '../graph/errors.js';
import type { Admission, DatabaseBreaker } from './database-breaker.js';

// Load shedding for reads: at most `maxConcurrent` reads run against Neo4j at once; up to
// `maxQueued` more wait (at most `queueWaitMs`) for a free slot or for the breaker to close, so a
// short Neo4j restart is ridden out; anything beyond is refused at once. Refusals are the graph
// layer's busy/unavailable errors, which the API answers as 503 with Retry-After.
export interface ReadGateLimits {
  maxConcurrent: number;
  maxQueued: number;
  queueWaitMs: number;
}

export const DEFAULT_READ_GATE_LIMITS: ReadGateLimits = {
  maxConcurrent: 16,
  maxQueued: 256,
  queueWaitMs: 3_000,
};

export class ReadGate {
  private active = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly breaker: DatabaseBreaker,
    private readonly limits: ReadGateLimits = DEFAULT_READ_GATE_LIMITS,
  ) {}

  get load(): { active: number; queued: number } {
    return { active: this.active, queued: this.waiters.size };
  }

  /** Runs `work` once admitted; `signal` (the request's deadline or its client leaving) stops the wait. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const admission = await this.admit(signal);
    try {
      const result = await work();
      this.breaker.settle(admission);
      return result;
    } catch (error) {
      this.breaker.settle(admission, error);
      throw error;
    } finally {
      this.active--;
      this.wakeAll();
    }
  }

  private async admit(signal: AbortSignal | undefined): Promise<Admission> {
    const waitUntil = Date.now() + this.limits.queueWaitMs;
    for (;;) {
      signal?.throwIfAborted();
      let retryInMs = this.limits.queueWaitMs;
      if (this.active < this.limits.maxConcurrent) {
        const admission = this.breaker.admit();
        if (admission.kind !== 'blocked') {
          this.active++;
          return admission;
        }
        retryInMs = admission.retryInMs;
      }
      const remaining = waitUntil - Date.now();
      if (this.waiters.size >= this.limits.maxQueued || remaining <= 0) throw this.refusal();
      await this.wait(Math.min(remaining, retryInMs), signal);
    }
  }

  private refusal(): Error {
    return this.breaker.current === 'closed'
      ? new DatabaseBusyError('Too many reads are running or waiting; refused without querying Neo4j.')
      : new DatabaseUnavailableError('Neo4j was unreachable moments ago and has not answered since.');
  }

  private wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((done) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        signal?.removeEventListener('abort', wake);
        done();
      };
      const timer = setTimeout(wake, ms);
      this.waiters.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
