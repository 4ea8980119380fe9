import type { GraphClient } from '../graph/client.js';
import type { AuthContext } from './auth/viewer.js';
import type { ReadGate } from './read-gate.js';
import { guardClient, type RequestScope } from './request-guard.js';

// What every resolver receives. Pothos' dataloader plugin keys its per-request loaders on
// this object, so a new context per request means a fresh cache per request.
export interface ApiContext {
  client: GraphClient;
  /** Set by api/use-auth.ts: who is calling (null when anonymous). */
  auth?: AuthContext;
}

/** With a gate and scope, reads wait their turn and stop at the request's deadline. */
export function createContext(
  client: GraphClient,
  guard?: { gate: ReadGate; scope: RequestScope },
): ApiContext {
  return { client: guard ? guardClient(client, guard.gate, guard.scope) : client };
}
