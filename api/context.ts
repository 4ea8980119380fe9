import type { GraphClient } from '../graph/client.js';

// What every resolver receives. Pothos' dataloader plugin keys its per-request loaders on
// this object, so a new context per request means a fresh cache per request.
export interface ApiContext {
  client: GraphClient;
}

export function createContext(client: GraphClient): ApiContext {
  return { client };
}
