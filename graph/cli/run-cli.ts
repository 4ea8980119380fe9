// Shared shell for command-line entries: a plain log, and errors printed as one clear message
// (never a stack trace) with a non-zero exit code.
export type Log = (line: string) => void;

export async function runCli(main: (log: Log) => Promise<void>): Promise<void> {
  const log: Log = (line) => console.log(line);
  try {
    await main(log);
  } catch (error) {
    console.error(`\nError: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
