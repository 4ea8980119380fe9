import type { GoldArticle } from '../ingest/evaluate/gold.js';
import { type ArticleScore, scoreArticle } from '../ingest/evaluate/score-article.js';
import { ratio, sumScores } from '../ingest/evaluate/sum-scores.js';
import { type KnownGraph, runPipeline } from '../ingest/run-pipeline.js';
import { documentOf } from './ingest-documents.js';

// One set of labelled fixtures scored and printed: a line per article, then precision and
// recall per item type over the set.
export function printScores(title: string, articles: readonly GoldArticle[], known: KnownGraph): void {
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
  console.log(`\n${title} (counts are hit/of):`);
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
}

function fmt(count: { hit: number; of: number }): string {
  return `${count.hit}/${count.of}`;
}
