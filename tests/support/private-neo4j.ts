import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../graph/local/free-port.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../graph/local/local-neo4j.js';

export interface PrivateNeo4j extends LocalNeo4j {
  /** Stops the server and deletes its data. */
  dispose(): Promise<void>;
}

/**
 * A second, private Neo4j for tests that stop the database on purpose: stopping the shared
 * test server would break every other spec.
 */
export async function startPrivateNeo4j(): Promise<PrivateNeo4j> {
  const instanceDir = await mkdtemp(join(tmpdir(), 'conflict-graph-private-'));
  const server = await startLocalNeo4j({
    instanceDir,
    boltPort: await findFreePort(),
    heap: '512m',
    pageCache: '64m',
  });
  // Not a spread: `state` and `restarts` are getters and must stay live.
  return Object.assign(Object.create(server) as LocalNeo4j, {
    dispose: async () => {
      await server.stop();
      await rm(instanceDir, { recursive: true, force: true });
    },
  });
}
