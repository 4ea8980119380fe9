import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadSeeds } from '../../graph/seed/load-seeds.js';
import { splitSentences } from '../../graph/seed/split-sentences.js';

// The real seeds, checked without a database: coverage, offsets and the evidence rules.
const SLUG = '000_e86843f864097e51';

// Each spec loads and checks whole seeds: seconds on a busy machine, so an explicit budget.
describe('the seeded article', { timeout: 30_000 }, () => {
  it('has 100% sentence coverage, title and byline included', async () => {
    const plan = await loadSeeds();
    expect(plan.coverage).toEqual([{ sourceId: `source:${SLUG}`, sentences: 38, covered: 38, noClaim: 1 }]);
    const sentencesWithStatements = new Set(plan.statements.map((s) => s.props.sentence));
    expect(sentencesWithStatements.size).toBe(38);
  });

  it('records offsets that slice the article back to every quote', async () => {
    const plan = await loadSeeds();
    const text = await readFile(join(DEFAULT_SEEDS_DIR, SLUG, 'article.txt'), 'utf8');
    const sentences = splitSentences(text);
    expect(sentences[0]?.text).toBe(
      'Russia and Ukraine exchange prisoners, few gains from Istanbul negotiations',
    );
    expect(sentences.at(-1)?.text).toBe('By Noah Thompson');
    for (const statement of plan.statements) {
      const { start, end, sentence } = statement.props as { start: number; end: number; sentence: number };
      expect(text.slice(start, end)).toBe(statement.props.text);
      expect(statement.id).toBe(`statement:${SLUG}:${start}-${end}`);
      const holder = sentences[sentence];
      expect(holder && holder.start <= start && end <= holder.end).toBe(true);
    }
  });

  it('gives every article entity evidence, every context event allusions but no evidence, and every relationship evidence', async () => {
    const plan = await loadSeeds();
    const statementIds = new Set(plan.statements.map((s) => s.id));
    for (const entity of plan.entities) {
      // The allusion rule: a background event's evidence is its cited references, not the article.
      const context = entity.props.origin === 'context';
      expect(entity.evidenceIds.length, entity.id).toBe(context ? 0 : entity.evidenceIds.length || 1);
      expect(entity.allusionIds.length, entity.id).toBe(context ? entity.allusionIds.length || 1 : 0);
      for (const id of [...entity.evidenceIds, ...entity.allusionIds])
        expect(statementIds.has(id), id).toBe(true);
    }
    for (const relationship of plan.relationships) {
      const evidence = relationship.props.evidenceIds as string[];
      expect(evidence.length, relationship.id).toBeGreaterThan(0);
      for (const id of evidence) expect(statementIds.has(id), id).toBe(true);
    }
  });

  it('dates context events only from their citations and article events only through PRECEDES', async () => {
    const plan = await loadSeeds();
    const events = plan.entities.filter((e) => e.label === 'Event');
    for (const event of events.filter((e) => e.props.origin === 'context')) {
      expect(
        plan.citations.some((c) => c.eventId === event.id),
        event.id,
      ).toBe(true);
      expect(event.props.earliest, event.id).not.toBeNull();
    }
    for (const event of events.filter((e) => e.props.origin === 'article')) {
      expect(event.props.precision).toBe('relative');
      if (event.props.earliest !== null) expect(event.props.earliestFrom, event.id).not.toBeNull();
      expect(event.props.latest, event.id).toBeNull();
    }
    const swap = events.find((e) => e.id === 'event:most-recent-prisoner-exchange');
    expect(swap?.props).toMatchObject({
      relativePhrase: 'this most recent swap',
      earliest: '2022-02-24',
      earliestFrom: 'event:full-scale-invasion',
      latest: null,
    });
  });
});
