// `npm run ingest -- <file or folder> [--published YYYY-MM-DD --url … --title … --outlet …
//  --byline … --as NAME --json]`: runs the ingestion pipeline on plain-text (front matter
// allowed) or saved HTML sources and shows the proposals (a table, or one JSON document).
// A folder gets a progress bar and a summary; a failed file sets a non-zero exit code and the
// others still run. Resolution is against the seeded graph (the seed files `npm run seed`
// writes). Nothing is written yet: the one write path (graph/write, issue 11) is not on main.
import { readdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadSeedGraph } from '../../ingest/evaluate/seed-graph.js';
import { type FileOutcome, formatProposals, formatSummary } from '../../ingest/format-proposals.js';
import { readSourceFile, SOURCE_EXTENSIONS } from '../../ingest/read-source-file.js';
import { runPipeline } from '../../ingest/run-pipeline.js';
import { runCli } from './run-cli.js';

await runCli(async (log) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      byline: { type: 'string' },
      as: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const target = positionals[0];
  if (!target || positionals.length > 1) {
    throw new Error(
      'Give one file or folder: npm run ingest -- path/to/article.txt [--published 2025-05-23] [--json]',
    );
  }
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new Error(`--published "${values.published}" is not a date like 2025-05-23.`);
  }
  const operator = values.as ?? userInfo().username;
  const files = await sourceFiles(target);
  const { known } = await loadSeedGraph();
  const overrides = {
    published: values.published,
    url: values.url,
    title: values.title,
    outlet: values.outlet,
    byline: values.byline,
  };

  const bar =
    files.length > 1 && !values.json && process.stdout.isTTY
      ? new SingleBar({ format: 'ingesting [{bar}] {value}/{total} {file}' })
      : null;
  bar?.start(files.length, 0, { file: '' });
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    try {
      const source = await readSourceFile(file, overrides);
      outcomes.push({ file: name, result: runPipeline(source, known), error: null });
    } catch (error) {
      outcomes.push({
        file: name,
        result: null,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    bar?.increment(1, { file: name });
  }
  bar?.stop();

  const failed = outcomes.filter((o) => o.error);
  if (values.json) {
    const sources = outcomes.map((o) =>
      o.result ? { file: o.file, ...o.result } : { file: o.file, error: o.error },
    );
    console.log(JSON.stringify({ operator, written: false, sources }, null, 2));
  } else {
    const [only] = outcomes;
    if (outcomes.length === 1 && only?.result) log(formatProposals(only.result));
    log(`\n${formatSummary(outcomes)}`);
    log(`\nDry run by ${operator}: nothing was written (the write path, graph/write, is not on main yet).`);
  }
  if (failed.length > 0) {
    for (const f of failed) console.error(`failed: ${f.file}: ${f.error}`);
    process.exitCode = 1;
  }
});

async function sourceFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new Error(`${target}: no such file or folder.`);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { recursive: true });
  const files = entries.filter((f) => SOURCE_EXTENSIONS.has(extname(f).toLowerCase())).sort();
  if (files.length === 0) throw new Error(`${target}: no .txt, .md, .html or .htm files in this folder.`);
  return files.map((f) => join(target, f));
}
