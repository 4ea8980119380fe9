import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadSeeds } from '../../graph/seed/load-seeds.js';
import { SeedError } from '../../graph/seed/seed-errors.js';
import { splitSentences } from '../../graph/seed/split-sentences.js';
import { createTestSeed, TEST_ARTICLE } from '../support/create-test-seed.js';
import { rejectionOf } from '../support/seed-rejection.js';
import { baseStatements } from '../support/test-seed-documents.js';

// Issue 9, class 11: seed format traps that used to pass silently, each with a small bad seed.

const ARTICLE_WITH_COMMA = TEST_ARTICLE.replace('prisoners in Gamma\n', 'prisoners in Gamma, Omega\n');
const statementsWithAliases = (aliases: string) =>
  stringify(baseStatements()).replace('    name: Gamma\n', `    name: Gamma\n    aliases: ${aliases}\n`);

describe('an unquoted alias with a comma', () => {
  it('is refused with where it is and how to quote it, when the article writes it as one phrase', async () => {
    const { problems, lineText } = await rejectionOf({
      article: ARTICLE_WITH_COMMA,
      raw: { 'statements.yaml': statementsWithAliases('[Gamma, Omega]') },
    });
    expect(problems.map((p) => p.code)).toEqual(['ALIAS_SPLIT_BY_COMMA']);
    const [problem] = problems;
    expect(problem?.message).toContain('"Gamma, Omega" is one phrase of the article');
    expect(problem?.hint).toContain('["Gamma, Omega"]');
    expect(await lineText(problem as never)).toContain('aliases: [Gamma, Omega]');
  });

  it('is accepted once quoted, either as one alias or as two', async () => {
    for (const aliases of ['["Gamma, Omega"]', '["Gamma", "Omega"]']) {
      const seed = await createTestSeed({
        article: ARTICLE_WITH_COMMA,
        raw: { 'statements.yaml': statementsWithAliases(aliases) },
      });
      try {
        const plan = await loadSeeds(seed.seedsDir);
        const gamma = plan.entities.find((e) => e.id === 'place:test-gamma');
        expect(gamma?.props.aliases, aliases).toEqual(JSON.parse(aliases));
      } finally {
        await seed.cleanup();
      }
    }
  });
});

describe('one publication stored twice', () => {
  it('makes a reference with the address of a seeded article that article, not a second Source', async () => {
    const seed = await createTestSeed({
      source: (doc) => {
        doc.url = 'https://www.example.org/war/';
      },
    });
    try {
      const plan = await loadSeeds(seed.seedsDir);
      expect(plan.sources.map((s) => s.id)).toEqual(['source:test-source']);
      expect(plan.citations).toEqual([{ eventId: 'event:test-war-start', sourceId: 'source:test-source' }]);
    } finally {
      await seed.cleanup();
    }
  });

  it('refuses two article folders with one address, naming both', async () => {
    const seed = await createTestSeed({
      source: (doc) => {
        doc.url = 'https://example.org/article';
      },
    });
    try {
      await cp(join(seed.seedsDir, 'test-source'), join(seed.seedsDir, 'test-source-copy'), {
        recursive: true,
      });
      const error = await loadSeeds(seed.seedsDir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedError);
      const problem = (error as SeedError).problems.find((p) => p.field === 'url');
      expect(problem?.code).toBe('CONFLICTING_DEFINITION');
      expect(problem?.message).toContain('source:test-source-copy has the address of source:test-source');
      expect(problem?.file).toContain('test-source-copy/source.yaml');
    } finally {
      await seed.cleanup();
    }
  });
});

describe('sentences of a text written one paragraph per line', () => {
  it('keeps a heading line and single-newline paragraphs apart', () => {
    const text = 'A heading without a stop\nFirst sentence. Second one.\nA new paragraph.\n\nBy Some Writer';
    expect(splitSentences(text).map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'A heading without a stop'],
      [1, 'First sentence.'],
      [1, 'Second one.'],
      [2, 'A new paragraph.'],
      [3, 'By Some Writer'],
    ]);
  });

  it('still joins the lines of a hard-wrapped paragraph into whole sentences', () => {
    const text = 'The talks held in\nIstanbul remain stalled, with few\nsigns of progress. Both sides\nwait.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The talks held in\nIstanbul remain stalled, with few\nsigns of progress.',
      'Both sides\nwait.',
    ]);
  });
});
