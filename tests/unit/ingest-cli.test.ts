import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = ['--import', 'tsx', 'graph/cli/ingest.ts'];
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
  await writeFile(
    join(folder, 'a-good.txt'),
    '---\npublished: 2025-05-25\n---\nSwap completed\n\nRussia and Ukraine exchanged 303 prisoners each on Sunday.\n',
  );
  await writeFile(join(folder, 'b-bad.txt'), '---\npublished: yesterday\n---\nText.\n');
  await writeFile(
    join(folder, 'c-page.html'),
    '<html><head><title>Talks in Istanbul</title></head><body><nav>Menu</nav><article><h1>Talks in Istanbul</h1>' +
      '<p>Russian and Ukrainian delegations met in Istanbul on Friday for talks hosted by Turkey, officials said.</p>' +
      '<p>Turkish Foreign Minister Hakan Fidan urged both sides to reach a ceasefire.</p></article></body></html>',
  );
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('npm run ingest', () => {
  it('ingests the good files of a folder, reports the bad one and exits non-zero', {
    timeout: 120_000,
  }, async () => {
    const failure = await run('node', [...CLI, folder, '--json', '--dry-run']).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect('code' in failure && failure.code).toBe(1);
    const output = JSON.parse(failure.stdout) as {
      written: boolean;
      sources: {
        file: string;
        error?: string;
        source?: { format: string; text: string };
        proposals?: { kind: string; quote: { start: number; end: number; text: string } }[];
      }[];
    };
    expect(output.written).toBe(false);
    const [good, bad, page] = output.sources;
    expect(bad?.error).toMatch(/published.*not a date like 2025-05-23/);
    expect(good?.proposals?.some((p) => p.kind === 'event')).toBe(true);
    expect(page?.source?.format).toBe('html');
    expect(page?.source?.text).not.toContain('Menu');
    for (const source of [good, page]) {
      for (const p of source?.proposals ?? [])
        expect(source?.source?.text.slice(p.quote.start, p.quote.end)).toBe(p.quote.text);
    }
    expect(failure.stderr).toContain('b-bad.txt');
  });

  it('prints a readable table of the proposals for one file', { timeout: 120_000 }, async () => {
    const { stdout } = await run('node', [
      ...CLI,
      join(folder, 'a-good.txt'),
      '--as',
      'analyst',
      '--dry-run',
    ]);
    expect(stdout).toMatch(/prisoner-exchange .*2025-05-25/);
    expect(stdout).toContain('Dry run by analyst');
  });
});
