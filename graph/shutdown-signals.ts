// Runs `cleanup` once on Ctrl-C, SIGTERM or SIGHUP, then exits. A second signal while cleaning
// up is ignored so Neo4j gets to stop cleanly (the process watchdog still guards a SIGKILL).
export function onShutdownSignal(cleanup: () => Promise<void>, log: (line: string) => void): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down…`);
    cleanup()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, handler);
}
