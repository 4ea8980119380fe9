import { inject } from 'vitest';
import { GraphClient } from '../../graph/client.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  boltPort: number;
  dataDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Connection details of the throwaway Neo4j that global-setup started for this run. */
export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

/**
 * A client on the test Neo4j; close it in afterAll. `transactionTimeoutMs` is for specs whose
 * first query plans something large, which a busy machine can take well over the default to do.
 */
export function connectTestClient(options: { transactionTimeoutMs?: number } = {}): Promise<GraphClient> {
  const { uri, username, password } = testNeo4j();
  return GraphClient.connect({ uri, username, password, connectAttempts: 3, ...options });
}
