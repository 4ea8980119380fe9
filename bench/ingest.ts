// `npm run bench:ingest`: the ingestion pipeline against the hand-labelled fixtures
// (ingest/fixtures), the seeded graph as what the graph already holds. Prints precision and
// recall per item type, dates exactly right, invented dates, inexact quotes, the seed article's
// re-ingest coverage and articles per second over 100 sources, pipeline only and end to end with
// the Neo4j writes (it starts a throwaway Neo4j for those; `-- --no-writes` skips them).
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { FIXTURES_DIR, loadGoldArticles } from '../ingest/evaluate/load-gold.js';
import { seedCoverage } from '../ingest/evaluate/seed-coverage.js';
import { loadSeedGraph } from '../ingest/evaluate/seed-graph.js';
import { ratio } from '../ingest/evaluate/sum-scores.js';
import { EMPTY_GRAPH, runPipeline } from '../ingest/run-pipeline.js';
import { documentOf, SEED_ARTICLE } from './ingest-documents.js';
import { printScores } from './ingest-scores.js';
import { describeIngestWrites, measureIngestWrites } from './ingest-writes.js';

const SOURCES = 100;
const UNSEEN_DIR = join(FIXTURES_DIR, 'unseen');

const { plan, known } = await loadSeedGraph();
const articles = await loadGoldArticles();

printScores(
  `Over the ${articles.length} fixture articles the rules were developed on (an upper bound)`,
  articles,
  known,
);
const unseen = await loadGoldArticles(UNSEEN_DIR);
printScores(
  `Over the ${unseen.length} unseen fixture articles (labelled before the pipeline ever ran on them; the honest figure)`,
  unseen,
  known,
);

const seedText = await readFile(SEED_ARTICLE, 'utf8');
const articleSource = plan.sources.find((s) => s.props.kind === 'article')?.id ?? '';
const coverage = seedCoverage(plan, articleSource, runPipeline(documentOf(seedText, null), EMPTY_GRAPH));
const byLabel = Object.entries(coverage.byLabel).map(([label, c]) => `${label} ${fmt(c)}`);
console.log(
  `\nSeed article re-ingested as if new: ${ratio(coverage.total)} of the curated items (${fmt(coverage.total)}; ${byLabel.join(', ')})`,
);
console.log(`  not proposed: ${coverage.missed.join(', ')}`);

// Throughput: 100 sources (the fixtures and the seed article in turn), first through the pure
// pipeline, then end to end with the Neo4j writes (a throwaway database), in the same run.
const texts = [...articles.map((a) => documentOf(a.text, a.published)), documentOf(seedText, null)];
runPipeline(texts[0] ?? documentOf('', null), known);
const started = performance.now();
for (let i = 0; i < SOURCES; i++) runPipeline(texts[i % texts.length] ?? documentOf('', null), known);
const seconds = (performance.now() - started) / 1000;
console.log(
  `\nThroughput: ${SOURCES} sources in ${seconds.toFixed(2)} s = ${(SOURCES / seconds).toFixed(1)} articles/s ` +
    `(pipeline only; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)})`,
);

if (process.argv.includes('--no-writes')) process.exit(0);
console.log(
  `\nEnd to end with the Neo4j writes (a throwaway Neo4j; load average ${loadavg()[0]?.toFixed(2)} at the start)…`,
);
for (const figures of await measureIngestWrites(texts, SOURCES, () => undefined)) {
  console.log(`Throughput, ${describeIngestWrites(figures)}`);
}

function fmt(count: { hit: number; of: number }): string {
  return `${count.hit}/${count.of}`;
}
