import type { SupervisedProcess } from './supervised-process.js';

// Restarts the local Neo4j when it exits on its own (a crash, the OOM killer, kill -9): every
// exit is logged with its code, restarts back off (1 s, 2 s, 4 s … 30 s), and after
// MAX_FAILED_STARTS starts in a row that did not come up the supervisor gives up ('down').
export const RESTART_POLICY = { firstDelayMs: 1_000, maxDelayMs: 30_000, maxFailedStarts: 5 } as const;

export interface RestartSupervisor {
  readonly state: 'starting' | 'up' | 'restarting' | 'down';
  readonly restarts: number;
  readonly ended: Promise<'stopped' | 'gave-up'>;
  /** Called once a launch is up: its unexpected exit triggers a restart. */
  watch(process: SupervisedProcess): void;
  /** stop() was called: exits from now on are expected. */
  stop(): void;
  /** restart() after stop(): supervise again. */
  resume(): void;
}

export function superviseRestarts(
  log: (line: string) => void,
  logFile: string,
  launch: () => Promise<void>,
): RestartSupervisor {
  let state: RestartSupervisor['state'] = 'starting';
  let stopped = false;
  let restarts = 0;
  let end: (how: 'stopped' | 'gave-up') => void = () => undefined;
  const ended = new Promise<'stopped' | 'gave-up'>((done) => {
    end = done;
  });

  async function restartAfterExit(code: number | null): Promise<void> {
    state = 'restarting';
    log(
      `Neo4j exited unexpectedly (exit code ${code ?? 'none: killed by a signal'}); see ${logFile}. Restarting…`,
    );
    let delay: number = RESTART_POLICY.firstDelayMs;
    for (let failed = 0; !stopped; failed++) {
      if (failed >= RESTART_POLICY.maxFailedStarts) {
        state = 'down';
        log(`Neo4j did not come back after ${failed} attempts; giving up. See ${logFile}.`);
        end('gave-up');
        return;
      }
      await new Promise((done) => setTimeout(done, delay));
      if (stopped) return;
      try {
        restarts++;
        await launch();
        return;
      } catch (error) {
        log(
          `Restart ${failed + 1} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
        delay = Math.min(delay * 2, RESTART_POLICY.maxDelayMs);
      }
    }
  }

  return {
    get state() {
      return state;
    },
    get restarts() {
      return restarts;
    },
    ended,
    watch(running) {
      state = 'up';
      void running.exited.then((code) => {
        if (!stopped) void restartAfterExit(code);
      });
    },
    stop() {
      stopped = true;
      state = 'down';
      end('stopped');
    },
    resume() {
      stopped = false;
      state = 'starting';
    },
  };
}
