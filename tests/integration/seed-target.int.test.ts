import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphConfig } from '../../graph/config.js';
import { openSeedTarget } from '../../graph/seed/open-seed-target.js';
import { testNeo4j } from '../support/test-neo4j.js';

// `npm run seed` against the app's own, already running local Neo4j: it signs in with the
// password the local server keeps in its data folder, instead of failing on the busy port.
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'conflict-graph-seed-target-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const configFor = (_password: string | null) => {
  const { boltPort } = testNeo4j();
  return readGraphConfig({ NEO4J_BOLT_PORT: String(boltPort), CONFLICT_GRAPH_DATA_DIR: dataDir });
};

describe('the seed command without NEO4J_URI', () => {
  it("says clearly when the busy port is not this project's Neo4j (no password file)", async () => {
    await expect(openSeedTarget(configFor(null), () => undefined)).rejects.toThrow(
      /already listens on bolt:\/\/127\.0\.0\.1:\d+.*not this project's local Neo4j.*NEO4J_BOLT_PORT/s,
    );
  });

  it('connects to the running local Neo4j with the password from its data folder', async () => {
    await mkdir(join(dataDir, 'neo4j'), { recursive: true });
    await writeFile(join(dataDir, 'neo4j', 'password'), `${testNeo4j().password}\n`);
    const lines: string[] = [];
    const graph = await openSeedTarget(configFor(testNeo4j().password), (line) => lines.push(line));
    try {
      const [row] = await graph.client.read<{ n: number }>('MATCH (n:Entity) RETURN count(n) AS n');
      expect(row?.n).toBeGreaterThan(0);
      expect(graph.local).toBeUndefined();
      expect(lines.join('\n')).toContain('Using the running local Neo4j');
    } finally {
      await graph.stop();
    }
  });

  // The command itself, as an analyst runs it next to `npm start`: no NEO4J_URI, no password in
  // the environment. It re-seeds the same files, which changes nothing (MERGE on stable ids).
  // A JVM-free child, but a busy machine may take minutes to plan and write the seed.
  it('runs `npm run seed` against the running local Neo4j without a password in the environment', {
    timeout: 300_000,
  }, async () => {
    await mkdir(join(dataDir, 'neo4j'), { recursive: true });
    await writeFile(join(dataDir, 'neo4j', 'password'), `${testNeo4j().password}\n`);
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'graph/cli/seed.ts'],
      {
        env: {
          ...env,
          NEO4J_BOLT_PORT: String(testNeo4j().boltPort),
          CONFLICT_GRAPH_DATA_DIR: dataDir,
        },
        timeout: 280_000,
      },
    );
    const output = `${stdout}${stderr}`;
    expect(output).toContain('Using the running local Neo4j');
    expect(output).not.toMatch(/already in use|EADDRINUSE/);
  });
});
