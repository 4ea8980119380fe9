import type { GraphClient, ReadOptions } from '../graph/client.js';
import { DatabaseTimeoutError } from '../graph/errors.js';
import type { ReadGate } from './read-gate.js';
import type { RequestDeadline } from './request-deadline.js';
import type { RequestRecord } from './request-record.js';

// One request's view of the client: every read waits its turn at the read gate, carries what is
// left of the request's deadline as its transaction timeout, and is abandoned as soon as the
// deadline passes or the client leaves (`signal`). Writes pass as they are.
export interface RequestScope {
  deadline: RequestDeadline;
  record?: RequestRecord | undefined;
}

export function guardClient(client: GraphClient, gate: ReadGate, scope: RequestScope): GraphClient {
  const timeLeft = () => scope.deadline.at - performance.now();
  const { signal } = scope.deadline;
  const run = <T>(work: (options: ReadOptions) => Promise<T>): Promise<T> => {
    if (signal.aborted || timeLeft() <= 0) return Promise.reject(outOfTime());
    const running = gate.run(() => work({ timeoutMs: timeLeft() }), signal);
    return untilAborted(running, signal);
  };
  return new Proxy(client, {
    get: (target, property, receiver) => {
      if (property === 'read') {
        return (cypher: string, params?: Record<string, unknown>) => {
          if (scope.record) scope.record.cypherCount++;
          return run((options) => target.read(cypher, params, options));
        };
      }
      if (property === 'readTx') {
        return (work: Parameters<GraphClient['readTx']>[0]) => run((options) => target.readTx(work, options));
      }
      return Reflect.get(target, property, receiver);
    },
    set: (target, property, value) => {
      // runPlain counts each statement of a readTx here.
      if (property === 'queryCount' && scope.record) scope.record.cypherCount++;
      return Reflect.set(target, property, value);
    },
  });
}

function outOfTime(): DatabaseTimeoutError {
  return new DatabaseTimeoutError('The request ran out of time (deadline passed or client left).');
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((done, fail) => {
    const onAbort = () => fail(outOfTime());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        done(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        fail(signal.aborted ? outOfTime() : error);
      },
    );
  });
}
