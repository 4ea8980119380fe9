import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphClient } from '../graph/client.js';
import { findFreePort } from '../graph/local/free-port.js';
import { startLocalNeo4j } from '../graph/local/local-neo4j.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { seedDatabase } from '../graph/seed/seed-database.js';

// The ingest benchmarks' database: a throwaway Neo4j, migrated and seeded like the app's, so a
// benchmark never writes into anyone's data. Stopped and deleted however `work` ends.
export async function withSeededBenchGraph<T>(
  log: (line: string) => void,
  work: (client: GraphClient) => Promise<T>,
): Promise<T> {
  const instanceDir = await mkdtemp(join(tmpdir(), 'conflict-graph-bench-ingest-'));
  const server = await startLocalNeo4j({
    instanceDir,
    boltPort: await findFreePort(),
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 600_000,
    onProgress: log,
  });
  try {
    const client = await GraphClient.connect({
      uri: server.uri,
      username: server.username,
      password: server.password,
    });
    try {
      await applyMigrations(client);
      await seedDatabase(client);
      return await work(client);
    } finally {
      await client.close();
    }
  } finally {
    await server.stop();
    await rm(instanceDir, { recursive: true, force: true });
  }
}
