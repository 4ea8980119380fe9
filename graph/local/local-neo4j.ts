import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { resolveClasspath } from './classpath.js';
import { writeInstanceConfig } from './instance-config.js';
import { ensureInitialPassword, readOrCreatePassword } from './password.js';
import { checkPrerequisites } from './prerequisites.js';
import { superviseRestarts } from './restart-supervisor.js';
import { type SupervisedProcess, startSupervised } from './supervised-process.js';

export interface LocalNeo4jOptions {
  /** Instance directory: conf/, data/, logs/ and the password file live below it. */
  instanceDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** How long to wait for Bolt to answer, in ms. */
  startTimeoutMs?: number;
  onProgress?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  boltPort: number;
  instanceDir: string;
  logFile: string;
  /** Stops the server cleanly (SIGTERM, then SIGKILL after a grace period). Idempotent. */
  stop(): Promise<void>;
  /** Starts the same instance again after stop() (same data, port and password). */
  restart(): Promise<void>;
  /** 'up' once Bolt answers; 'restarting' after an unexpected exit; 'down' when given up. */
  readonly state: LocalNeo4jState;
  /** Restarts after unexpected exits since start-up. */
  readonly restarts: number;
  /** Settles when the server is down for good: stopped, or the supervisor gave up. */
  readonly ended: Promise<'stopped' | 'gave-up'>;
}

export type LocalNeo4jState = 'starting' | 'up' | 'restarting' | 'down';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const USERNAME = 'neo4j';

/**
 * Starts a real Neo4j 5.26 Community server from the jars Maven resolved, the way the official
 * distribution does (CommunityEntryPoint with --home-dir/--config-dir), on 127.0.0.1 with auth.
 * Resolves once Bolt answers with our credentials.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.onProgress ?? (() => undefined);
  await checkPrerequisites();
  const classpath = await resolveClasspath({ onProgress: log });
  await mkdir(options.instanceDir, { recursive: true });
  // The store holds the auth database: nobody but its owner may read it.
  await chmod(options.instanceDir, 0o700);
  const layout = await writeInstanceConfig(options);
  const password = await readOrCreatePassword(join(options.instanceDir, 'password'));
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const logFile = join(layout.logsDir, 'console.log');
  const timeoutMs = options.startTimeoutMs ?? 120_000;

  let server: SupervisedProcess | undefined;
  const stopOnExit = () => server?.child.kill('SIGTERM');
  const supervision = superviseRestarts(log, logFile, () => launch());

  async function launch(): Promise<void> {
    if (await isPortOpen(options.boltPort)) {
      throw new Error(
        `Port ${options.boltPort} on 127.0.0.1 is already in use (another Neo4j?). ` +
          'Stop it, or choose another port with NEO4J_BOLT_PORT.',
      );
    }
    log(`Starting Neo4j 5.26 on ${uri} (data in ${options.instanceDir}, log ${logFile})…`);
    server = startSupervised(
      'java',
      [
        ...layout.jvmArgs,
        '-cp',
        classpath,
        ENTRY_POINT,
        `--home-dir=${layout.homeDir}`,
        `--config-dir=${layout.confDir}`,
      ],
      logFile,
    );
    process.once('exit', stopOnExit);
    const started = Date.now();
    const launched = server;
    await waitForBolt(options.boltPort, launched, timeoutMs, logFile);
    await ensureInitialPassword(uri, USERNAME, password);
    log(`Neo4j is up on ${uri} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    supervision.watch(launched);
  }

  async function stop(): Promise<void> {
    supervision.stop();
    const running = server;
    server = undefined;
    process.removeListener('exit', stopOnExit);
    if (running) await running.stop();
  }

  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    uri,
    username: USERNAME,
    password,
    boltPort: options.boltPort,
    instanceDir: options.instanceDir,
    logFile,
    stop,
    restart: async () => {
      supervision.resume();
      await launch();
    },
    get state() {
      return supervision.state;
    },
    get restarts() {
      return supervision.restarts;
    },
    ended: supervision.ended,
  };
}

export async function waitForBolt(
  port: number,
  server: SupervisedProcess,
  timeoutMs: number,
  logFile: string,
) {
  let exited = false;
  void server.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Neo4j exited during start-up. Last log lines:\n${await tail(logFile)}`);
    if (await isPortOpen(port)) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  await server.stop(5_000);
  throw new Error(
    `Neo4j did not open Bolt on port ${port} within ${timeoutMs / 1000} s. Last log lines:\n${await tail(logFile)}`,
  );
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

export async function tail(file: string, lines = 25): Promise<string> {
  if (!existsSync(file)) return '(no log written)';
  return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
}
