import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';

// Runs a command under a tiny shell watchdog: if this Node process dies in any way (even
// SIGKILL, where no exit handler runs), the watchdog notices within a second and stops the
// command, so no JVM is ever orphaned. The pair runs in its own process group so that a
// last-resort kill reaches both.
const WATCHDOG = `
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
while kill -0 "$child" 2>/dev/null; do
  if ! kill -0 "$WATCHED_PID" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$child" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$child" 2>/dev/null
  fi
  sleep 1 & wait $!
done
wait "$child"
`;

export interface SupervisedProcess {
  child: ChildProcess;
  /** Resolves with the exit code once the command has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL to the whole group after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function startSupervised(command: string, args: string[], logFile: string): SupervisedProcess {
  const log = openSync(logFile, 'a');
  const child = spawn('bash', ['-c', WATCHDOG, 'watchdog', command, ...args], {
    detached: true, // own process group: Ctrl-C in the terminal reaches us, and we stop it in order
    stdio: ['ignore', log, log],
    env: { ...process.env, WATCHED_PID: String(process.pid) },
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((done) => {
    child.once('exit', (code) => {
      exitCode = code;
      // A watchdog killed with -9 cannot stop its command: the JVM shares its process group.
      killGroup(child.pid);
      done(code);
    });
  });

  async function stop(graceMs = 30_000): Promise<void> {
    if (exitCode !== undefined || child.pid === undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid), graceMs);
    await exited;
    clearTimeout(timer);
  }
  return { child, exited, stop };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
