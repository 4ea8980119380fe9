import { cpus, loadavg } from 'node:os';
import { listKnownEntities, listKnownEntitiesCached } from '../graph/queries/list-known-entities.js';
import { ingestSource } from '../graph/write/ingest-source.js';
import { knownGraphFrom } from '../ingest/known-graph.js';
import { runPipeline } from '../ingest/run-pipeline.js';
import type { SourceDocument } from '../ingest/source-document.js';
import { benchCopy } from './ingest-documents.js';
import { withSeededBenchGraph } from './ingest-graph.js';
import { percentile } from './measure.js';

// Ingestion end to end, as `ingestSource` does it for one source: what the graph knows (read
// once per run and kept, as the API does, or read per source as it did before), the pipeline,
// and one write transaction. Runs on a throwaway Neo4j seeded like the app.

export interface IngestWriteFigures {
  label: string;
  sources: number;
  seconds: number;
  perSourceMs: { p50: number; p95: number };
  proposals: number;
  queriesPerSource: number;
  loadAverage: number;
}

type Mode = { label: string; readKnownPerSource: boolean };

const MODES: Mode[] = [
  { label: 'known graph read per source', readKnownPerSource: true },
  { label: 'known graph kept per run', readKnownPerSource: false },
];

/**
 * `sources` sources in each mode on one database, interleaved (one source per mode in turn), so
 * the machine's load and the growing graph weigh on both alike.
 */
export function measureIngestWrites(
  documents: readonly SourceDocument[],
  sources: number,
  log: (line: string) => void,
): Promise<IngestWriteFigures[]> {
  return withSeededBenchGraph(log, async (client) => {
    const meta = { author: { name: 'bench', tokenId: null } };
    let next = 0;
    const oneSource = async (mode: Mode) => {
      const { entities, relationships } = mode.readKnownPerSource
        ? await listKnownEntities(client)
        : await listKnownEntitiesCached(client);
      const result = runPipeline(benchCopy(documents, next++), knownGraphFrom(entities, relationships));
      return (await ingestSource(client, result, meta)).proposals.length;
    };
    for (const mode of MODES) await oneSource(mode); // warm-up, not counted
    const tallies = MODES.map(() => ({ durations: [] as number[], proposals: 0, queries: 0 }));
    for (let i = 0; i < sources * MODES.length; i++) {
      const tally = tallies[i % MODES.length] as (typeof tallies)[number];
      const queriesBefore = client.queryCount;
      const t0 = performance.now();
      tally.proposals += await oneSource(MODES[i % MODES.length] as Mode);
      tally.durations.push(performance.now() - t0);
      tally.queries += client.queryCount - queriesBefore;
    }
    return MODES.map((mode, index) => {
      const tally = tallies[index] as (typeof tallies)[number];
      const sorted = [...tally.durations].sort((a, b) => a - b);
      return {
        label: mode.label,
        sources,
        seconds: tally.durations.reduce((a, b) => a + b, 0) / 1000,
        perSourceMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95) },
        proposals: tally.proposals,
        queriesPerSource: tally.queries / sources,
        loadAverage: loadavg()[0] ?? Number.NaN,
      };
    });
  });
}

export function describeIngestWrites(f: IngestWriteFigures): string {
  return (
    `${f.label}: ${f.sources} sources in ${f.seconds.toFixed(1)} s = ${(f.sources / f.seconds).toFixed(2)} articles/s ` +
    `(p50 ${f.perSourceMs.p50.toFixed(0)} ms, p95 ${f.perSourceMs.p95.toFixed(0)} ms per source; ${f.proposals} proposals; ` +
    `${f.queriesPerSource.toFixed(1)} Cypher statements per source; ${cpus().length} cores, load average ${f.loadAverage.toFixed(2)} at the end)`
  );
}
