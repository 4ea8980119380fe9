import type { GraphClient } from '../graph/client.js';
import type { DatabaseBreaker } from './database-breaker.js';

// What every resolver receives. Pothos' dataloader plugin keys its per-request loaders on
// this object, so a new context per request means a fresh cache per request.
export interface ApiContext {
  client: GraphClient;
}

export function createContext(client: GraphClient, breaker?: DatabaseBreaker): ApiContext {
  return { client: breaker ? breaker.guard(client) : client };
}
