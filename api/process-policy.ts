import type { Logger } from './logger.js';

// The last line of defence for the whole process. An error that escaped every request handler
// leaves the process in an unknown state: log it once, stop Neo4j if we started it, and exit
// non-zero so a supervisor (Docker's restart policy, systemd) starts a clean one.
const STOP_BUDGET_MS = 10_000;

export function exitOnFatalErrors(log: Logger, stop: () => Promise<void>): void {
  let exiting = false;
  const fatal = (kind: string) => (error: unknown) => {
    const cause = error instanceof Error ? error : new Error(String(error));
    log.fatal(
      { error: cause.message, stack: cause.stack },
      `${kind}: exiting so that a supervisor restarts the app`,
    );
    if (exiting) return;
    exiting = true;
    setTimeout(() => process.exit(1), STOP_BUDGET_MS).unref();
    stop().finally(() => process.exit(1));
  };
  process.on('uncaughtException', fatal('uncaught exception'));
  process.on('unhandledRejection', fatal('unhandled promise rejection'));
}
