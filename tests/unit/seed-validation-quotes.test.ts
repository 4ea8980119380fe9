import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../graph/seed/load-seeds.js';
import type { SeedProblem } from '../../graph/seed/seed-errors.js';
import { createTestSeed, TEST_ARTICLE } from '../support/create-test-seed.js';
import { first, rejectionOf } from '../support/seed-rejection.js';

// Quotes, offsets, sentence coverage and the article's integrity (no database).

describe('seed validation of quotes and coverage', () => {
  it('accepts the fixture seed as it is', async () => {
    const seed = await createTestSeed();
    try {
      const plan = await loadSeeds(seed.seedsDir);
      expect(plan.coverage).toEqual([
        { sourceId: 'source:test-source', sentences: 7, covered: 7, noClaim: 1 },
      ]);
    } finally {
      await seed.cleanup();
    }
  });
  it('rejects a quote that is not in the article, naming file, line and field', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) => (first(doc.actors).evidence as unknown[]).push('Alpha invaded Epsilon'),
    });
    expect(problems).toHaveLength(1);
    const [problem] = problems as [SeedProblem];
    expect(problem).toMatchObject({ code: 'QUOTE_NOT_FOUND', field: 'actors[0].evidence[1]' });
    expect(problem.file).toMatch(/test-source\/statements\.yaml$/);
    expect(await lineText(problem)).toContain('Alpha invaded Epsilon');
    expect(problem.message).toContain('not an exact substring');
    expect(problem.hint).toMatch(/Copy the words exactly/);
  });
  it('shows the article’s own words when a quote differs only in typography', async () => {
    const article = TEST_ARTICLE.replace('Nothing else happened today.', 'Nothing else happened — today.');
    const { problems } = await rejectionOf({
      article,
      statements: (doc) => {
        first(doc.noClaim).sentence = 'Nothing else happened - today.';
      },
    });
    expect(problems[0]?.code).toBe('QUOTE_NOT_FOUND');
    expect(problems[0]?.hint).toContain('"Nothing else happened — today."');
  });
  it('asks for an occurrence when a quote appears more than once', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) => {
        first(doc.places).evidence = ['in Gamma'];
      },
    });
    expect(problems[0]).toMatchObject({ code: 'QUOTE_AMBIGUOUS', field: 'places[0].evidence[0]' });
    expect(problems[0]?.message).toMatch(/occurs 3 times/);
    expect(problems[0]?.hint).toMatch(/occurrence: n/);
    expect(await lineText(problems[0] as SeedProblem)).toContain('in Gamma');
  });
  it('accepts an ambiguous quote once its occurrence is given', async () => {
    const seed = await createTestSeed({
      statements: (doc) => {
        first(doc.places).evidence = [{ quote: 'in Gamma', occurrence: 3 }];
      },
    });
    try {
      const plan = await loadSeeds(seed.seedsDir);
      const gamma = plan.entities.find((e) => e.id === 'place:test-gamma');
      const statement = plan.statements.find((s) => s.id === gamma?.evidenceIds[0]);
      expect(statement?.props).toMatchObject({ text: 'in Gamma', sentence: 2 });
    } finally {
      await seed.cleanup();
    }
  });
  it('rejects a quote that runs across two sentences', async () => {
    const { problems } = await rejectionOf({
      statements: (doc) => (first(doc.events).evidence as unknown[]).push('in Gamma. The talks'),
    });
    expect(problems[0]).toMatchObject({ code: 'QUOTE_SPANS_SENTENCES', field: 'events[0].evidence[1]' });
  });
  it('reports a sentence that is neither evidence nor listed as carrying none', async () => {
    const { problems } = await rejectionOf({ statements: (doc) => (doc.noClaim = []) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'UNCOVERED_SENTENCE', field: 'sentence 5', line: 5 });
    expect(problems[0]?.file).toMatch(/article\.txt$/);
    expect(problems[0]?.message).toContain('"Nothing else happened today."');
  });
  it('rejects a no-claim sentence that is also quoted as evidence, and a no-claim that is not a whole sentence', async () => {
    const conflict = await rejectionOf({
      statements: (doc) => doc.noClaim.push({ sentence: 'The war began long ago.', reason: 'Oops.' }),
    });
    expect(conflict.problems.map((p) => p.code)).toEqual(['NO_CLAIM_CONFLICT']);
    const partial = await rejectionOf({
      statements: (doc) => (first(doc.noClaim).sentence = 'Nothing else happened'),
    });
    expect(partial.problems.map((p) => p.code)).toContain('QUOTE_SPANS_SENTENCES');
  });
  it('refuses an article whose text no longer matches the recorded hash', async () => {
    const { problems } = await rejectionOf({
      source: (doc) => (doc.contentHash = `sha256:${'0'.repeat(64)}`),
    });
    expect(problems[0]).toMatchObject({ code: 'HASH_MISMATCH', field: 'contentHash' });
    expect(problems[0]?.hint).toMatch(/set contentHash: sha256:[0-9a-f]{64}/);
  });
});
