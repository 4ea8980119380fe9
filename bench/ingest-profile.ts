// `npm run bench:ingest-profile`: where one source's ingest spends its time. On a throwaway
// Neo4j seeded like the app and grown by 30 ingested sources, it ingests more sources through a
// GraphClient whose write transaction times every statement (then PROFILEs them on further
// sources for db hits), and times the known-graph read and the pure pipeline apart.
import { loadavg } from 'node:os';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphClient } from '../graph/client.js';
import {
  LIST_KNOWN_ENTITIES,
  LIST_KNOWN_EVENT_ROLES,
  listKnownEntities,
} from '../graph/queries/list-known-entities.js';
import { ingestSource } from '../graph/write/ingest-source.js';
import { knownGraphFrom } from '../ingest/known-graph.js';
import { runPipeline } from '../ingest/run-pipeline.js';
import { benchCopy, benchDocuments } from './ingest-documents.js';
import { withSeededBenchGraph } from './ingest-graph.js';

const GROWN_BY = Number(process.env.GROWN_BY ?? 30);
const TIMED = 6;
const PROFILED = 2;

interface StatementFigures {
  ms: number[];
  dbHits: number[];
  rows: number[];
  heaviest: string;
}

interface ProfileNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: ProfileNode[];
}

const meta = { author: { name: 'bench', tokenId: null } };
const { documents } = await benchDocuments();
const log = (line: string) => console.error(line);
console.error(
  `load average at start ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

await withSeededBenchGraph(log, async (client) => {
  for (let i = 0; i < GROWN_BY; i++) {
    const { entities, relationships } = await listKnownEntities(client);
    await ingestSource(
      client,
      runPipeline(benchCopy(documents, i), knownGraphFrom(entities, relationships)),
      meta,
    );
  }
  const figures = new Map<string, StatementFigures>();
  const phases = { knownRead: [] as number[], pipeline: [] as number[], write: [] as number[] };
  for (let i = 0; i < TIMED + PROFILED; i++) {
    const profile = i >= TIMED;
    let t0 = performance.now();
    const { entities, relationships } = await listKnownEntities(client);
    phases.knownRead.push(performance.now() - t0);
    t0 = performance.now();
    const result = runPipeline(benchCopy(documents, GROWN_BY + i), knownGraphFrom(entities, relationships));
    phases.pipeline.push(performance.now() - t0);
    t0 = performance.now();
    await ingestSource(recording(client, figures, profile), result, meta);
    phases.write.push(performance.now() - t0);
  }
  for (const [name, cypher] of [
    ['LIST_KNOWN_ENTITIES', LIST_KNOWN_ENTITIES],
    ['LIST_KNOWN_EVENT_ROLES', LIST_KNOWN_EVENT_ROLES],
  ] as const) {
    const summary = await client.readTx((tx) => tx.run(`PROFILE ${cypher}`, { statuses: ['ACCEPTED'] }));
    const root = summary.summary.profile as unknown as ProfileNode;
    console.log(`${name}: ${totalHits(root)} db hits, ${root.rows} rows, heaviest ${heaviest(root)}`);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  console.log(
    `\nPer source, median of ${TIMED + PROFILED} after ${GROWN_BY} ingested: known-graph read ${med(phases.knownRead).toFixed(0)} ms, ` +
      `pipeline ${med(phases.pipeline).toFixed(0)} ms, write transaction ${med(phases.write).toFixed(0)} ms`,
  );
  console.log(
    '\nstatement (first line)                                            n  p50 ms  sum ms  db hits  rows  heaviest operator',
  );
  const rowsOut = [...figures.entries()].sort((a, b) => sum(b[1].ms) - sum(a[1].ms));
  for (const [key, f] of rowsOut) {
    console.log(
      `${key.padEnd(64)} ${String(f.ms.length / TIMED).padStart(3)} ${med(f.ms).toFixed(1).padStart(7)} ${(sum(f.ms) / TIMED).toFixed(1).padStart(7)} ` +
        `${String(Math.round(sum(f.dbHits) / PROFILED)).padStart(8)} ${String(Math.round(sum(f.rows) / PROFILED)).padStart(5)}  ${f.heaviest}`,
    );
  }
});
console.error(
  `load average at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// A client whose write transactions time every statement (or PROFILE it) under its first line.
function recording(
  client: GraphClient,
  figures: Map<string, StatementFigures>,
  profile: boolean,
): GraphClient {
  const proxy = Object.create(client) as GraphClient;
  proxy.writeTx = (work) =>
    client.writeTx((tx) =>
      work({
        run: async (cypher: string, params?: Record<string, unknown>) => {
          const key = keyOf(cypher);
          const f = figures.get(key) ?? { ms: [], dbHits: [], rows: [], heaviest: '' };
          figures.set(key, f);
          const t0 = performance.now();
          const result = await tx.run(profile ? `PROFILE ${cypher}` : cypher, params);
          if (!profile) f.ms.push(performance.now() - t0);
          else {
            const root = result.summary.profile as unknown as ProfileNode;
            f.dbHits.push(totalHits(root));
            f.rows.push(result.records.length);
            f.heaviest = heaviest(root);
          }
          return result;
        },
      } as unknown as ManagedTransaction),
    );
  return proxy;
}

function keyOf(cypher: string): string {
  const lines = cypher
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.length > 1 && /^UNWIND|^MATCH \(src/.test(lines[0] ?? '')
      ? `${lines[0]} ${lines[1]}`
      : (lines[0] ?? '')
  ).slice(0, 64);
}

function totalHits(node: ProfileNode): number {
  return node.dbHits + node.children.reduce((total, child) => total + totalHits(child), 0);
}

function heaviest(node: ProfileNode): string {
  let best = node;
  const visit = (n: ProfileNode) => {
    if (n.dbHits > best.dbHits) best = n;
    n.children.forEach(visit);
  };
  visit(node);
  return `${best.operatorType} (${best.dbHits})`;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
