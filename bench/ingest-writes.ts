import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphClient } from '../graph/client.js';
import { findFreePort } from '../graph/local/free-port.js';
import { startLocalNeo4j } from '../graph/local/local-neo4j.js';
import { listKnownEntities } from '../graph/queries/list-known-entities.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { seedDatabase } from '../graph/seed/seed-database.js';
import { ingestSource } from '../graph/write/ingest-source.js';
import { knownGraphFrom } from '../ingest/known-graph.js';
import { runPipeline } from '../ingest/run-pipeline.js';
import type { SourceDocument } from '../ingest/source-document.js';
import { percentile } from './measure.js';

// Ingestion end to end, as `ingestSource` does it for one source: read what the graph knows,
// run the pipeline, write the source and its proposals in one transaction. Runs on a throwaway
// Neo4j (seeded like the app), so the benchmark never writes into anyone's data.

export interface IngestWriteFigures {
  sources: number;
  seconds: number;
  perSourceMs: { p50: number; p95: number };
  proposals: number;
  queriesPerSource: number;
}

export async function measureIngestWrites(
  documents: readonly SourceDocument[],
  sources: number,
  log: (line: string) => void,
): Promise<IngestWriteFigures> {
  const instanceDir = await mkdtemp(join(tmpdir(), 'conflict-graph-bench-ingest-'));
  const server = await startLocalNeo4j({
    instanceDir,
    boltPort: await findFreePort(),
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 600_000,
    onProgress: log,
  });
  try {
    const client = await GraphClient.connect({
      uri: server.uri,
      username: server.username,
      password: server.password,
    });
    try {
      await applyMigrations(client);
      await seedDatabase(client);
      const meta = { author: { name: 'bench', tokenId: null } };
      // Each copy differs by its last line, so none is refused as a duplicate source.
      const copy = (i: number): SourceDocument => {
        const document = documents[i % documents.length] as SourceDocument;
        return {
          ...document,
          title: document.title ?? `Bench source ${i}`,
          text: `${document.text}\n\nBench copy ${i}.`,
        };
      };
      const oneSource = async (i: number) => {
        const { entities, relationships } = await listKnownEntities(client);
        const result = runPipeline(copy(i), knownGraphFrom(entities, relationships));
        return (await ingestSource(client, result, meta)).proposals.length;
      };
      await oneSource(sources); // warm-up (its own copy), not counted
      const durations: number[] = [];
      const queriesBefore = client.queryCount;
      let proposals = 0;
      const started = performance.now();
      for (let i = 0; i < sources; i++) {
        const t0 = performance.now();
        proposals += await oneSource(i);
        durations.push(performance.now() - t0);
      }
      const seconds = (performance.now() - started) / 1000;
      const sorted = [...durations].sort((a, b) => a - b);
      return {
        sources,
        seconds,
        perSourceMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95) },
        proposals,
        queriesPerSource: (client.queryCount - queriesBefore) / sources,
      };
    } finally {
      await client.close();
    }
  } finally {
    await server.stop();
    await rm(instanceDir, { recursive: true, force: true });
  }
}
