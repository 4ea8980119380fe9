import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { GraphClient } from '../client.js';
import type { GraphConfig } from '../config.js';
import { type OpenGraph, openGraph } from '../open-graph.js';

// Where `npm run seed` writes. With NEO4J_URI: that server. Without it: the project's own local
// Neo4j, which is usually already running under `npm start`; then we connect to it with the
// password it keeps in <data dir>/neo4j/password instead of trying to start a second server on
// the same port (which used to fail with "port already in use").

// The seed is one write transaction; on a busy machine it can run well past the client's default
// budget (the test suite's own seeding allows 5 minutes), so the seed command allows the same.
export const SEED_TRANSACTION_TIMEOUT_MS = 300_000;

export async function openSeedTarget(config: GraphConfig, log: (line: string) => void): Promise<OpenGraph> {
  const transactionTimeoutMs = SEED_TRANSACTION_TIMEOUT_MS;
  if (config.uri) return openGraph(config, { log, transactionTimeoutMs });
  const port = config.local.boltPort;
  if (!(await isPortOpen(port))) return openGraph(config, { log, transactionTimeoutMs });

  const passwordFile = join(config.local.dataDir, 'neo4j', 'password');
  const uri = `bolt://127.0.0.1:${port}`;
  if (!existsSync(passwordFile)) {
    throw new Error(
      `A server already listens on ${uri}, but ${passwordFile} does not exist, so it is not this project's local Neo4j. ` +
        'Seed it with NEO4J_URI and NEO4J_PASSWORD set, or give this project another NEO4J_BOLT_PORT.',
    );
  }
  const password = (await readFile(passwordFile, 'utf8')).trim();
  log(`Using the running local Neo4j on ${uri} (password from ${passwordFile}).`);
  const client = await GraphClient.connect({
    uri,
    username: 'neo4j',
    password,
    onProgress: log,
    transactionTimeoutMs,
  }).catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not sign in to the Neo4j on ${uri} with the password in ${passwordFile} (${detail}). ` +
        'If it is another Neo4j, set NEO4J_URI and NEO4J_PASSWORD for it, or use another NEO4J_BOLT_PORT.',
      { cause: error },
    );
  });
  // We did not start this server, so we only close our driver.
  return { client, local: undefined, stop: () => client.close() };
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
