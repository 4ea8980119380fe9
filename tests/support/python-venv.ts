import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../graph/project-paths.js';

// The Python environment of the notebook and export specs: a venv under .data/venv/<hash>, where
// the hash covers the pinned requirements and the Python version, so it is built once and
// rebuilt when a pin changes. Built aside and renamed into place, so an interrupted build is
// never mistaken for a finished one.

const run = promisify(execFile);
const NOTEBOOKS = join(PROJECT_ROOT, 'notebooks');
const REQUIREMENT_FILES = ['requirements.txt', 'requirements-test.txt', 'constraints.txt'];
const VENVS = join(PROJECT_ROOT, '.data', 'venv');
const READY_MARK = '.ready';

export interface PythonVenv {
  dir: string;
  python: string;
}

export interface VenvOptions {
  log?: (line: string) => void;
  /** The Python that creates the venv. */
  python?: string;
}

export async function ensureNotebookVenv(options: VenvOptions = {}): Promise<PythonVenv> {
  const log = options.log ?? (() => {});
  const python = options.python ?? 'python3';
  const version = await systemPythonVersion(python);
  const hash = createHash('sha256').update(version);
  for (const file of REQUIREMENT_FILES) hash.update(await readFile(join(NOTEBOOKS, file)));
  const key = hash.digest('hex').slice(0, 16);
  const dir = join(VENVS, key);
  const venv = { dir, python: join(dir, 'bin', 'python') };
  if (existsSync(join(dir, READY_MARK))) return venv;

  await mkdir(VENVS, { recursive: true });
  const building = `${dir}.partial-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  log(
    `Creating the notebook's Python environment in ${dir} (${version}); the first time takes a few minutes…`,
  );
  await runOrExplain(python, ['-m', 'venv', building], 'create a virtual environment');
  await runOrExplain(
    join(building, 'bin', 'python'),
    [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--quiet',
      '-r',
      join(NOTEBOOKS, 'requirements-test.txt'),
      '-c',
      join(NOTEBOOKS, 'constraints.txt'),
    ],
    'install notebooks/requirements-test.txt (needs access to PyPI or a pip cache)',
  );
  await writeFile(join(building, READY_MARK), `${version}\n`);
  if (existsSync(dir)) await rm(building, { recursive: true, force: true });
  else await rename(building, dir);
  await removeStaleVenvs(key);
  return venv;
}

async function systemPythonVersion(python: string): Promise<string> {
  try {
    const { stdout } = await run(python, [
      '-c',
      'import sys, venv, ensurepip; print(sys.version.split()[0])',
    ]);
    return `python ${stdout.trim()}`;
  } catch (error) {
    throw new Error(
      `The notebook and export specs need Python 3 with the venv module (${python} -m venv). ` +
        'Install it (Debian/Ubuntu: apt-get install python3 python3-venv; `bash .ci/run` does it), then re-run. ' +
        `Checking it said: ${detail(error)}`,
    );
  }
}

async function runOrExplain(command: string, args: string[], what: string): Promise<void> {
  try {
    await run(command, args, { timeout: 15 * 60_000, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`Could not ${what}: ${command} ${args.join(' ')} failed:\n${detail(error)}`);
  }
}

async function removeStaleVenvs(current: string): Promise<void> {
  for (const entry of await readdir(VENVS)) {
    // Other keys are environments of older pins; partial builds of live runs are left alone.
    if (entry !== current && !entry.includes('.partial-')) {
      await rm(join(VENVS, entry), { recursive: true, force: true });
    }
  }
}

/** Runs a Python script of the venv; returns stdout, or throws with stderr when it fails. */
export async function runPython(
  venv: PythonVenv,
  args: string[],
  options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
): Promise<string> {
  try {
    const child = run(venv.python, args, {
      env: { ...process.env, ...options.env },
      cwd: PROJECT_ROOT,
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (options.input !== undefined) child.child.stdin?.end(options.input);
    return (await child).stdout;
  } catch (error) {
    throw new Error(`python ${args.join(' ')} failed:\n${detail(error)}`);
  }
}

function detail(error: unknown): string {
  const e = error as { stderr?: string; stdout?: string; message?: string };
  const text = [e.stderr, e.stdout].filter(Boolean).join('\n').trim() || e.message || String(error);
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}
