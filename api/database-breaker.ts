import type { GraphClient } from '../graph/client.js';
import { DatabaseUnavailableError, isUnavailable } from '../graph/errors.js';

// While Neo4j is down, every query would wait out the driver's retries (~3 s). After one such
// failure the breaker answers DATABASE_UNAVAILABLE at once for `cooldownMs`, then lets the
// next query through to probe: when Neo4j is back, that query succeeds and all is normal.
export const BREAKER_COOLDOWN_MS = 1_000;

export class DatabaseBreaker {
  private openUntil = 0;

  constructor(private readonly cooldownMs = BREAKER_COOLDOWN_MS) {}

  /** The client as resolvers see it: reads go through the breaker; everything else is as is. */
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
    if (Date.now() < this.openUntil) {
      throw new DatabaseUnavailableError('Neo4j was unreachable moments ago; not retrying yet.');
    }
    try {
      return await work();
    } catch (error) {
      if (isUnavailable(error)) this.openUntil = Date.now() + this.cooldownMs;
      throw error;
    }
  }
}
