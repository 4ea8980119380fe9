import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, loadGoldArticles } from '../../ingest/evaluate/load-gold.js';

// The tuned set (ingest/fixtures) and the unseen set (ingest/fixtures/unseen) obey the same rules.
const allArticles = async () => [
  ...(await loadGoldArticles()),
  ...(await loadGoldArticles(join(FIXTURES_DIR, 'unseen'))),
];

describe('ingest fixtures', () => {
  it('has at least eight articles, each with a publication date and labelled items', async () => {
    const articles = await loadGoldArticles();
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const article of articles) {
      expect(article.published, article.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.mentions.length, article.name).toBeGreaterThan(10);
      expect(article.events.length, article.name).toBeGreaterThan(0);
      expect(article.claims.length, article.name).toBeGreaterThan(0);
    }
  });

  it('locates every gold quote exactly in its article', async () => {
    for (const article of await allArticles()) {
      const spans = [
        ...article.mentions,
        ...article.dates,
        ...article.notDates,
        ...article.events.map((e) => e.quote),
        ...article.claims.map((c) => c.quote),
      ];
      for (const span of spans) expect(article.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('keeps at least two unseen articles apart, none of whose actors the seeded graph holds', async () => {
    const unseen = await loadGoldArticles(join(FIXTURES_DIR, 'unseen'));
    expect(unseen.length).toBeGreaterThanOrEqual(2);
    for (const article of unseen) {
      expect(article.published, article.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(
        article.mentions.filter((m) => m.label === 'Actor').every((m) => m.key.startsWith('new:')),
        article.name,
      ).toBe(true);
    }
  });

  it('has at least two articles none of whose actors the seeded graph holds', async () => {
    const unseen = (await loadGoldArticles()).filter((a) =>
      a.mentions.filter((m) => m.label === 'Actor').every((m) => m.key.startsWith('new:')),
    );
    expect(unseen.length).toBeGreaterThanOrEqual(2);
  });

  it('refers in relationships and roles only to labelled entities and events', async () => {
    for (const article of await allArticles()) {
      const known = new Set([...article.mentions.map((m) => m.key), ...article.events.map((e) => e.id)]);
      for (const r of article.relationships) {
        expect(known.has(r.from), `${article.name} ${r.from}`).toBe(true);
        expect(known.has(r.to), `${article.name} ${r.to}`).toBe(true);
      }
      for (const c of article.claims) expect(known.has(c.holder), `${article.name} ${c.holder}`).toBe(true);
    }
  });
});
