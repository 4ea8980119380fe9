import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { findFreePort } from '../../graph/local/free-port.js';
import { PROJECT_ROOT } from '../../graph/project-paths.js';

// The app (`api/main.ts`) as a child process, so a spec can kill -9 it mid-write like a crash.
export interface AppProcess {
  graphqlUrl: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown hook runs, in-flight requests are cut. */
  kill9(): Promise<void>;
}

export async function startAppProcess(neo4j: {
  uri: string;
  username: string;
  password: string;
}): Promise<AppProcess> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      SEED_ON_START: 'false',
      WEB_DIST_DIR: '/nonexistent',
      WRITE_RATE_LIMIT_PER_MINUTE: '100000',
      // A crash spec's budget: a cold Neo4j on a busy machine, not the deadline, is the subject.
      REQUEST_DEADLINE_MS: '60000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited during start-up: ${stderr}`);
    const up = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`The app did not answer /health within 120 s: ${stderr}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    graphqlUrl: `${base}/graphql`,
    child,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The pid of the Neo4j JVM whose command line names this instance directory (one we started). */
export function neo4jPidOf(instanceDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes('CommunityEntryPoint') && cmdline.includes(instanceDir)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error(`No Neo4j process runs from ${instanceDir}.`);
}
