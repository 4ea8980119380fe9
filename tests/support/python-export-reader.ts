import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNotebookVenv, runPython } from './python-venv.js';

// Reads an export the way analysts' tools do: the response is saved to a file, then parsed by
// pandas or networkx in the notebook's venv (tests/support/parse-export.py), which prints JSON.
export interface PythonExportReader {
  parse<T>(format: 'csv' | 'graphml', response: Response): Promise<T>;
  close(): Promise<void>;
}

export async function startPythonExportReader(): Promise<PythonExportReader> {
  const venv = await ensureNotebookVenv({ log: console.log });
  const dir = await mkdtemp(join(tmpdir(), 'export-reader-'));
  let saved = 0;
  return {
    async parse<T>(format: 'csv' | 'graphml', response: Response): Promise<T> {
      const file = join(dir, `export-${saved++}.${format}`);
      await writeFile(file, Buffer.from(await response.arrayBuffer()));
      return JSON.parse(await runPython(venv, ['tests/support/parse-export.py', format, file])) as T;
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
