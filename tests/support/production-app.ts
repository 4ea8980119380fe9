import { type ChildProcess, spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../graph/project-paths.js';

// The app as `npm start` runs it in production (NODE_ENV=production, api/main.ts in its own
// process), so a crash is a real exit and the log is the real log. Stopped with SIGTERM.
export interface ProductionApp {
  base: string;
  child: ChildProcess;
  /** Every line the app wrote (stdout and stderr). */
  lines: string[];
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

export async function startProductionApp(
  env: Record<string, string>,
  startBudgetMs = 240_000,
): Promise<ProductionApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const base = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`The app did not start in time:\n${lines.slice(-20).join('\n')}`)),
      startBudgetMs,
    );
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const complete = buffer.split('\n');
        buffer = complete.pop() ?? '';
        for (const line of complete) {
          lines.push(line);
          const port = /Web app\s+http:\/\/localhost:(\d+)\//.exec(line)?.[1];
          if (port) {
            clearTimeout(timer);
            done(`http://127.0.0.1:${port}`);
          }
        }
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`The app exited (${code}) while starting:\n${lines.slice(-20).join('\n')}`));
    });
  });
  return {
    base,
    child,
    lines,
    exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The app's JSON log lines (pino), parsed. */
export function jsonLogLines(app: ProductionApp): Record<string, unknown>[] {
  return app.lines
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
