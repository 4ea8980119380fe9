// `npm run ingest -- <file or folder> [--published YYYY-MM-DD --url … --title … --outlet …
//  --byline … --as NAME --json --dry-run]`: runs the ingestion pipeline on plain-text (front
// matter allowed) or saved HTML sources and writes each source with its proposals (PROPOSED)
// through the write path, one transaction per source, into the database the app uses (the local
// Neo4j, or NEO4J_URI). Revisions name the operator (`--as`, or the OS user). A folder gets a
// progress bar and a summary; a failed file sets a non-zero exit code and the others still run.
// `--dry-run` writes nothing and resolves against the seed files instead of the database.
import { readdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadSeedGraph } from '../../ingest/evaluate/seed-graph.js';
import { type FileOutcome, formatProposals, formatSummary } from '../../ingest/format-proposals.js';
import { knownGraphFrom } from '../../ingest/known-graph.js';
import { readSourceFile, SOURCE_EXTENSIONS } from '../../ingest/read-source-file.js';
import type { KnownGraph } from '../../ingest/run-pipeline.js';
import { runPipeline } from '../../ingest/run-pipeline.js';
import type { GraphClient } from '../client.js';
import { readGraphConfig } from '../config.js';
import { listKnownEntities } from '../queries/list-known-entities.js';
import { applyMigrations } from '../schema/apply-migrations.js';
import { openSeedTarget } from '../seed/open-seed-target.js';
import { onShutdownSignal } from '../shutdown-signals.js';
import { type IngestSourceResult, ingestSource } from '../write/ingest-source.js';
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
      'dry-run': { type: 'boolean', default: false },
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
  const dryRun = values['dry-run'];
  // The database the running app uses: its local Neo4j when `npm start` runs (not a second one).
  const graph = dryRun ? null : await openSeedTarget(readGraphConfig(), values.json ? () => {} : log);
  if (graph) onShutdownSignal(graph.stop, log);
  try {
    if (graph) await applyMigrations(graph.client);
    const known = graph ? await readKnownGraph(graph.client) : (await loadSeedGraph()).known;
    await ingestFiles(files, known, graph?.client ?? null);
  } finally {
    await graph?.stop();
  }

  async function ingestFiles(files: string[], known: KnownGraph, client: GraphClient | null) {
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
    const written = new Map<string, IngestSourceResult>();
    for (const file of files) {
      const name = relative(process.cwd(), file) || file;
      try {
        const source = await readSourceFile(file, overrides);
        const result = runPipeline(source, known);
        const stored = client
          ? await ingestSource(client, result, { author: { name: operator, tokenId: null } })
          : null;
        outcomes.push({ file: name, result, error: null });
        if (stored) written.set(name, stored);
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
        o.result
          ? { file: o.file, ...o.result, written: written.get(o.file) ?? null }
          : { file: o.file, error: o.error },
      );
      console.log(JSON.stringify({ operator, written: client !== null, sources }, null, 2));
    } else {
      const [only] = outcomes;
      if (outcomes.length === 1 && only?.result) log(formatProposals(only.result));
      log(`\n${formatSummary(outcomes)}`);
      if (!client) log(`\nDry run by ${operator}: nothing was written.`);
      for (const [file, w] of written) log(describeWrite(file, w, operator));
    }
    if (failed.length > 0) {
      for (const f of failed) console.error(`failed: ${f.file}: ${f.error}`);
      process.exitCode = 1;
    }
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

async function readKnownGraph(client: GraphClient): Promise<KnownGraph> {
  const { entities, relationships } = await listKnownEntities(client);
  return knownGraphFrom(entities, relationships);
}

function describeWrite(file: string, w: IngestSourceResult, operator: string): string {
  if (!w.created) return `${file}: already stored as ${w.sourceId} (same ${w.duplicateBy}); nothing written.`;
  const proposed = w.proposals.filter((p) => p.status === 'PROPOSED').length;
  const linked = w.proposals.length - proposed;
  return `${file}: wrote ${w.sourceId} by ${operator}: ${proposed} proposals (PROPOSED), ${linked} mentions linked to existing entities.`;
}
