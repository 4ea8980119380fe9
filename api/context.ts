import type { GraphClient } from '../graph/client.js';
import type { AuthContext } from './auth/viewer.js';
import type { ReadGate } from './read-gate.js';
import type { RequestDeadline } from './request-deadline.js';
import { guardClient, type RequestScope } from './request-guard.js';

// What every resolver receives. Pothos' dataloader plugin keys its per-request loaders on
// this object, so a new context per request means a fresh cache per request.
export interface ApiContext {
  client: GraphClient;
  /** Set by api/use-auth.ts: who is calling (null when anonymous). */
  auth?: AuthContext;
  /** The request's deadline (absent outside HTTP, e.g. in-process execute()). */
  deadline?: RequestDeadline;
}

/** With a gate and scope, reads wait their turn and stop at the request's deadline. */
export function createContext(
  client: GraphClient,
  guard?: { gate: ReadGate; scope: RequestScope },
): ApiContext {
  if (!guard) return { client };
  return { client: guardClient(client, guard.gate, guard.scope), deadline: guard.scope.deadline };
}
