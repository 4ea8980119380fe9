// `npm run bench:ingest`: the ingestion pipeline against the hand-labelled fixtures
// (ingest/fixtures), the seeded graph as what the graph already holds. Prints precision and
// recall per item type, dates exactly right, invented dates, inexact quotes, the seed article's
// re-ingest coverage and articles per second over 100 sources, pipeline only and end to end with
// the Neo4j writes (it starts a throwaway Neo4j for those).
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../graph/project-paths.js';
import { loadGoldArticles } from '../ingest/evaluate/load-gold.js';
import { type ArticleScore, scoreArticle } from '../ingest/evaluate/score-article.js';
import { seedCoverage } from '../ingest/evaluate/seed-coverage.js';
import { loadSeedGraph } from '../ingest/evaluate/seed-graph.js';
import { ratio, sumScores } from '../ingest/evaluate/sum-scores.js';
import { EMPTY_GRAPH, runPipeline } from '../ingest/run-pipeline.js';
import type { SourceDocument } from '../ingest/source-document.js';
import { measureIngestWrites } from './ingest-writes.js';

const SOURCES = 100;
const SEED_ARTICLE = join(PROJECT_ROOT, 'seeds/000_e86843f864097e51/article.txt');

const { plan, known } = await loadSeedGraph();
const articles = await loadGoldArticles();
const documentOf = (text: string, published: string | null): SourceDocument => ({
  text,
  published,
  title: null,
  outlet: null,
  url: null,
  byline: null,
  format: 'text',
});

const scores: ArticleScore[] = [];
for (const article of articles) {
  const score = scoreArticle(article, runPipeline(documentOf(article.text, article.published), known));
  scores.push(score);
  console.log(
    `${article.name.padEnd(40)} mentions ${ratio(score.mentions.recall)} events ${ratio(score.events.recall)} ` +
      `claims ${ratio(score.claims.recall)} dates ${ratio(score.dates.right)} invented ${score.dates.invented}`,
  );
}
const total = sumScores(scores);
const row = (item: string, recall: string, precision: string, note = '') =>
  console.log(`${item.padEnd(16)}${recall.padStart(8)}${precision.padStart(11)}  ${note}`);
console.log(`\nOver ${articles.length} fixture articles (counts are hit/of):`);
row('item', 'recall', 'precision');
row('mentions', ratio(total.mentions.recall), ratio(total.mentions.precision), fmt(total.mentions.recall));
row(
  'resolution',
  ratio(total.resolution),
  '',
  `${fmt(total.resolution)} to the right existing entity; ${total.resolution.wrongLinks} new ones linked to an existing entity`,
);
row(
  'events',
  ratio(total.events.recall),
  ratio(total.events.precision),
  `${fmt(total.events.recall)} right type`,
);
row(
  '  event dates',
  ratio(total.events.datedRight),
  '',
  `${fmt(total.events.datedRight)} dated events with the right value and precision`,
);
row(
  '  same event',
  ratio(total.events.sameAs),
  '',
  `${fmt(total.events.sameAs)} matched to the graph's existing event`,
);
row('dates', ratio(total.dates.right), '', `${fmt(total.dates.right)} exactly right (value and precision)`);
row(
  'claims',
  ratio(total.claims.recall),
  ratio(total.claims.precision),
  `${fmt(total.claims.recall)} with the right holder; stance right ${fmt(total.claims.stanceRight)}`,
);
row(
  'relationships',
  ratio(total.relationships.recall),
  ratio(total.relationships.precision),
  fmt(total.relationships.recall),
);
console.log(
  `invented dates: ${total.dates.invented}; durations or relative phrases dated: ${total.dates.durationsDated}`,
);
console.log(`inexact quotes: ${total.inexactQuotes} of ${total.quotes}`);

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

console.log('\nEnd to end with the Neo4j writes (starting a throwaway Neo4j)…');
const writes = await measureIngestWrites(texts, SOURCES, () => undefined);
console.log(
  `Throughput: ${writes.sources} sources in ${writes.seconds.toFixed(2)} s = ${(writes.sources / writes.seconds).toFixed(1)} articles/s ` +
    `end to end (read known entities + pipeline + one write transaction each; p50 ${writes.perSourceMs.p50.toFixed(0)} ms, ` +
    `p95 ${writes.perSourceMs.p95.toFixed(0)} ms per source; ${writes.proposals} proposals; ` +
    `${writes.queriesPerSource.toFixed(1)} Cypher statements per source; load average ${loadavg()[0]?.toFixed(2)})`,
);

function fmt(count: { hit: number; of: number }): string {
  return `${count.hit}/${count.of}`;
}
