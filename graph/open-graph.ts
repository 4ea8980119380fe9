import { join } from 'node:path';
import { GraphClient } from './client.js';
import type { GraphConfig } from './config.js';
import { type LocalNeo4j, startLocalNeo4j } from './local/local-neo4j.js';

export interface OpenGraph {
  client: GraphClient;
  /** The server we started ourselves, when NEO4J_URI was not set. */
  local: LocalNeo4j | undefined;
  /** Closes the driver, then stops the local server if we started one. */
  stop(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when it is set (Docker, a cluster, Aura), otherwise starts the
 * project's own Neo4j under .data/neo4j. Either way the caller gets one ready client.
 */
export async function openGraph(
  config: GraphConfig,
  { log, transactionTimeoutMs }: { log: (line: string) => void; transactionTimeoutMs?: number },
): Promise<OpenGraph> {
  if (config.uri) {
    if (!config.password) {
      throw new Error(
        'NEO4J_URI is set but NEO4J_PASSWORD is not. Set both (and NEO4J_USERNAME if not "neo4j").',
      );
    }
    log(`Using the Neo4j at ${config.uri}${config.database ? ` (database ${config.database})` : ''}`);
    const client = await GraphClient.connect({
      uri: config.uri,
      username: config.username,
      password: config.password,
      database: config.database,
      onProgress: log,
      transactionTimeoutMs,
    });
    return { client, local: undefined, stop: () => client.close() };
  }

  const local = await startLocalNeo4j({
    instanceDir: join(config.local.dataDir, 'neo4j'),
    boltPort: config.local.boltPort,
    heap: config.local.heap,
    pageCache: config.local.pageCache,
    onProgress: log,
  });
  try {
    const client = await GraphClient.connect({
      uri: local.uri,
      username: local.username,
      password: local.password,
      onProgress: log,
      transactionTimeoutMs,
    });
    return {
      client,
      local,
      stop: async () => {
        await client.close();
        await local.stop();
      },
    };
  } catch (error) {
    await local.stop();
    throw error;
  }
}
