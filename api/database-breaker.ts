import type { GraphClient } from '../graph/client.js';
import { DatabaseUnavailableError, isUnavailable } from '../graph/errors.js';

// While Neo4j is down, every query would wait out the driver's retries (~3 s). After one such
// failure the breaker opens for `cooldownMs`; then exactly one query goes through as a probe
// (half-open) while the others wait or fail fast. The probe's success closes the breaker; its
// failure opens it for another cooldown.
export const BREAKER_COOLDOWN_MS = 1_000;

export type BreakerState = 'closed' | 'open' | 'half-open';
export type Admission = { kind: 'pass' } | { kind: 'probe' } | { kind: 'blocked'; retryInMs: number };

export class DatabaseBreaker {
  private state: BreakerState = 'closed';
  private openUntil = 0;

  constructor(
    private readonly cooldownMs = BREAKER_COOLDOWN_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): BreakerState {
    return this.state === 'open' && this.now() >= this.openUntil ? 'half-open' : this.state;
  }

  /** May a query go to the driver now? At most one probe is admitted per cooldown. */
  admit(): Admission {
    if (this.state === 'closed') return { kind: 'pass' };
    if (this.state === 'open' && this.now() >= this.openUntil) {
      this.state = 'half-open';
      return { kind: 'probe' };
    }
    // While the probe is out its answer decides (the read gate wakes its waiters then): asking
    // again sooner than a cooldown only keeps the event loop that must carry that answer busy.
    if (this.state === 'half-open') return { kind: 'blocked', retryInMs: this.cooldownMs };
    return { kind: 'blocked', retryInMs: Math.max(1, this.openUntil - this.now()) };
  }

  /** Reports how an admitted query ended. */
  settle(admission: Admission, error?: unknown): void {
    if (error !== undefined && isUnavailable(error)) {
      this.state = 'open';
      this.openUntil = this.now() + this.cooldownMs;
    } else if (admission.kind === 'probe') {
      // Any answer from Neo4j, even an error of another kind, shows that it is reachable.
      this.state = 'closed';
    }
  }

  /** The client with reads behind the breaker and no waiting (the file exports use this). */
  guard(client: GraphClient): GraphClient {
    return new Proxy(client, {
      get: (target, property, receiver) => {
        if (property !== 'read' && property !== 'readTx') return Reflect.get(target, property, receiver);
        const method = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => this.run(() => method.apply(target, args));
      },
    });
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    const admission = this.admit();
    if (admission.kind === 'blocked') {
      throw new DatabaseUnavailableError('Neo4j was unreachable moments ago; not retrying yet.');
    }
    try {
      const result = await work();
      this.settle(admission);
      return result;
    } catch (error) {
      this.settle(admission, error);
      throw error;
    }
  }
}
