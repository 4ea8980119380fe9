import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { GraphClient } from '../../graph/client.js';
import { findFreePort } from '../../graph/local/free-port.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../graph/local/local-neo4j.js';
import { applyMigrations } from '../../graph/schema/apply-migrations.js';
import { seedDatabase } from '../../graph/seed/seed-database.js';

// One throwaway Neo4j per `npm test` run: own port, own temporary data directory, migrated and
// seeded once. The teardown always runs (also when tests fail) and removes everything.
let server: LocalNeo4j | undefined;
let instanceDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  instanceDir = await mkdtemp(join(tmpdir(), 'conflict-graph-test-'));
  const boltPort = await findFreePort();
  const log = (line: string) => console.log(`[test-neo4j] ${line}`);
  // Budgets for a busy machine (seven suites at once ran the 60 s seed transaction out): the
  // start and the one-off seed may take minutes there; the specs keep the client default.
  server = await startLocalNeo4j({
    instanceDir,
    boltPort,
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 300_000,
    onProgress: log,
  });
  const client = await GraphClient.connect({
    uri: server.uri,
    username: server.username,
    password: server.password,
    // The one seeding write of the run: on a shared machine under load it can take minutes.
    transactionTimeoutMs: 300_000,
  });
  try {
    await applyMigrations(client);
    await seedDatabase(client, { log });
  } finally {
    await client.close();
  }
  project.provide('neo4j', {
    uri: server.uri,
    username: server.username,
    password: server.password,
    boltPort,
    dataDir: instanceDir,
  });
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (instanceDir) await rm(instanceDir, { recursive: true, force: true });
}
