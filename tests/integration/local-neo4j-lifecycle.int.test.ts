import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from '../../graph/local/free-port.js';
import { PROJECT_ROOT } from '../../graph/project-paths.js';

// `npm run neo4j` is the foreground server; these specs stop it the ways a user (or a crash)
// does, and check that no JVM survives.
function javaPidsFor(dataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `^java .*CommunityEntryPoint.*${dataDir}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function startForeground(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'graph/cli/neo4j.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      CONFLICT_GRAPH_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) done();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => fail(new Error(`npm run neo4j exited early (${code}):\n${output}`)));
  });
  return child;
}

// Each spec starts a JVM: ~20 s on a quiet machine, minutes on a busy one (it once failed at the
// old global 60 s). Explicit budgets instead of the default.
const START_AND_STOP_BUDGET_MS = 300_000;

describe('the local Neo4j process', () => {
  let dataDir = '';
  afterEach(async () => {
    for (const pid of javaPidsFor(dataDir)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'stops cleanly on Ctrl-C (SIGINT) and leaves no JVM behind',
    async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'conflict-graph-lifecycle-'));
      const child = await startForeground(dataDir);
      expect(javaPidsFor(dataDir)).toHaveLength(1);
      const exited = new Promise<number | null>((done) => child.once('exit', done));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(javaPidsFor(dataDir)).toEqual([]);
    },
    START_AND_STOP_BUDGET_MS,
  );

  it(
    'is stopped by its watchdog when the Node process is killed outright (SIGKILL)',
    async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'conflict-graph-lifecycle-'));
      const child = await startForeground(dataDir);
      expect(javaPidsFor(dataDir)).toHaveLength(1);
      child.kill('SIGKILL');
      await expect.poll(() => javaPidsFor(dataDir), { timeout: 120_000, interval: 500 }).toEqual([]);
    },
    START_AND_STOP_BUDGET_MS,
  );
});
