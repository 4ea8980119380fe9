import { availableParallelism } from 'node:os';
import { DatabaseBusyError, DatabaseTimeoutError } from '../graph/errors.js';

// Load shedding per GraphQL query, before any of its work starts: at most `maxRunning` queries
// execute at once, up to `maxQueued` more wait (at most `queueWaitMs`), and anything beyond is
// refused at once with the graph layer's busy error (503 SERVER_BUSY). The read gate
// (read-gate.ts) still bounds the statements sent to Neo4j; this gate keeps an admitted query
// from competing, statement by statement, with queries that will be shed anyway, so the event
// loop only carries work that ends in an answer. Mutations never wait here (api/use-operation-gate.ts).
export interface OperationGateLimits {
  maxRunning: number;
  maxQueued: number;
  queueWaitMs: number;
}

// Two queries per core (at least 4). The event loop that builds every answer is one thread, so
// fewer at once keeps /health fast under overload (50 clients, 2 cores: p99 49-71 ms with 2,
// 78-152 ms with 4, 120-130 ms with 8); but a query mostly waits on Neo4j, and with 2 at once a
// steady 20 requests/s of `stats` already queued for a second (docs/performance.md).
export const DEFAULT_OPERATION_GATE_LIMITS: OperationGateLimits = {
  maxRunning: Math.max(4, 2 * availableParallelism()),
  maxQueued: 64,
  queueWaitMs: 3_000,
};

export class OperationGate {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly limits: OperationGateLimits = DEFAULT_OPERATION_GATE_LIMITS) {}

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  /** True when a new query would be refused at once: the HTTP layer sheds before parsing then. */
  get full(): boolean {
    return this.running >= this.limits.maxRunning && this.queue.length >= this.limits.maxQueued;
  }

  /** Runs `work` once admitted; `signal` (the request's deadline or its client leaving) stops the wait. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.admit(signal);
    try {
      return await work();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }

  private admit(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(outOfTime());
    if (this.running < this.limits.maxRunning) {
      this.running++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.limits.maxQueued) return Promise.reject(busy());
    return new Promise((admitted, refused) => {
      const leave = (error: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const at = this.queue.indexOf(take);
        if (at !== -1) this.queue.splice(at, 1);
        refused(error);
      };
      const onAbort = () => leave(outOfTime());
      // FIFO: the one that waited longest runs next; its slot passes on without a gap.
      const take = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.running++;
        admitted();
      };
      const timer = setTimeout(() => leave(busy()), this.limits.queueWaitMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(take);
    });
  }
}

function busy(): DatabaseBusyError {
  return new DatabaseBusyError('Too many queries are running or waiting; refused before any work.');
}

function outOfTime(): DatabaseTimeoutError {
  return new DatabaseTimeoutError(
    'The request ran out of time (deadline passed or client left) while waiting its turn.',
  );
}
