import { describe, expect, it } from 'vitest';
import { loadGoldArticles } from '../../ingest/evaluate/load-gold.js';
import { scoreArticle } from '../../ingest/evaluate/score-article.js';
import { loadSeedGraph } from '../../ingest/evaluate/seed-graph.js';
import { runPipeline } from '../../ingest/run-pipeline.js';

describe('runPipeline on the fixtures', () => {
  it('quotes exactly, invents no date, dates no duration and links no new actor to an existing one', async () => {
    const { known } = await loadSeedGraph();
    for (const article of await loadGoldArticles()) {
      const source = {
        text: article.text,
        published: article.published,
        title: null,
        outlet: null,
        url: null,
        byline: null,
        format: 'text' as const,
      };
      const score = scoreArticle(article, runPipeline(source, known));
      expect(score.inexactQuotes, article.name).toBe(0);
      expect(score.dates.invented, article.name).toBe(0);
      expect(score.dates.durationsDated, article.name).toBe(0);
      expect(score.resolution.wrongLinks, article.name).toBe(0);
    }
  }, 60_000); // eight articles through the whole pipeline on a busy machine

  it('proposes nothing as accepted: entities carry their resolution decision and candidates', async () => {
    const { known } = await loadSeedGraph();
    const [article] = await loadGoldArticles();
    if (!article) throw new Error('no fixture');
    const result = runPipeline(
      {
        text: article.text,
        published: article.published,
        title: null,
        outlet: null,
        url: null,
        byline: null,
        format: 'text',
      },
      known,
    );
    for (const p of result.proposals) {
      expect(p.rule.length, p.id).toBeGreaterThan(0);
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      if (p.kind === 'entity') expect(['link', 'ambiguous', 'new']).toContain(p.resolution.decision);
    }
  }, 30_000);
});
