import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../graph/seed/load-seeds.js';
import { SeedError, type SeedProblem } from '../../graph/seed/seed-errors.js';
import {
  createTestSeed,
  type Item,
  TEST_ARTICLE,
  type TestSeedOverrides,
} from '../support/create-test-seed.js';

interface Rejection {
  problems: readonly SeedProblem[];
  message: string;
  /** The text of the line a problem points at, in the file it names. */
  lineText(problem: SeedProblem): Promise<string>;
}

async function rejectionOf(overrides: TestSeedOverrides): Promise<Rejection> {
  const seed = await createTestSeed(overrides);
  try {
    await loadSeeds(seed.seedsDir);
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    const texts = new Map<string, string>();
    for (const name of ['article.txt', 'source.yaml', 'statements.yaml', 'context-events.yaml']) {
      texts.set(name, await readFile(seed.file(name), 'utf8').catch(() => ''));
    }
    return {
      problems: error.problems,
      message: error.message,
      lineText: async (problem) => {
        const name = problem.file.split('/').pop() ?? '';
        return (texts.get(name) ?? '').split('\n')[(problem.line ?? 0) - 1] ?? '';
      },
    };
  } finally {
    await seed.cleanup();
  }
  throw new Error('expected the seed to be rejected');
}

const first = (list: Item[]) => list[0] as Item;

describe('seed validation', () => {
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

  it('rejects an unknown reference and suggests the closest id', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) =>
        doc.relationships.push({
          from: 'actor:test-alpha',
          type: 'HOSTED',
          to: 'event:test-talk',
          evidence: ['The talks in Gamma'],
        }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'relationships[6].to' });
    expect(problems[0]?.hint).toContain('Did you mean event:test-talks?');
    expect(await lineText(problems[0] as SeedProblem)).toContain('to: event:test-talk');
  });

  it('rejects an id defined twice in one source, pointing at both definitions', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) =>
        doc.actors.push({
          id: 'actor:test-beta',
          name: 'Beta again',
          kind: 'state',
          evidence: ['Beta rejects'],
        }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'DUPLICATE_ID', field: 'actors[3]' });
    expect(problems[0]?.message).toMatch(/defined twice.*first at .*statements\.yaml:\d+/);
    expect(await lineText(problems[0] as SeedProblem)).toContain('id: actor:test-beta');
  });

  it('treats A OPPOSES B and B OPPOSES A as the same relationship', async () => {
    const { problems } = await rejectionOf({
      statements: (doc) =>
        doc.relationships.push({
          from: 'claim:test-alpha-demands',
          type: 'OPPOSES',
          to: 'claim:test-beta-rejects',
          evidence: ['Beta rejects'],
        }),
    });
    expect(problems[0]?.code).toBe('DUPLICATE_ID');
  });

  it('rejects a relationship without evidence', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) => {
        delete first(doc.relationships).evidence;
      },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'MISSING_EVIDENCE', field: 'relationships[0]' });
    expect(problems[0]?.message).toContain(
      'PARTICIPATED_IN relationship from actor:test-alpha,actor:test-beta',
    );
    expect(await lineText(problems[0] as SeedProblem)).toContain('from:');
  });

  it('rejects an entity without evidence', async () => {
    const { problems } = await rejectionOf({ statements: (doc) => (first(doc.issues).evidence = []) });
    expect(problems[0]).toMatchObject({
      code: 'MISSING_EVIDENCE',
      message: 'issue:test-territory has no evidence',
    });
  });

  it.each([
    ['not a calendar day', '2020-02-30', /is not a calendar date/],
    ['in another format', '24/02/2022', /is not a calendar date/],
  ])('rejects a malformed date (%s)', async (_, earliest, message) => {
    const { problems, lineText } = await rejectionOf({
      context: (doc) => (first(doc.events).earliest = earliest),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'MALFORMED_DATE', field: 'events[0].earliest' });
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.file).toMatch(/context-events\.yaml$/);
    expect(problems[0]?.hint).toMatch(/YYYY-MM-DD/);
    expect(await lineText(problems[0] as SeedProblem)).toContain(earliest);
  });

  it('rejects dates that do not match their precision and a date guessed for a relative event', async () => {
    const month = await rejectionOf({
      context: (doc) => Object.assign(first(doc.events), { precision: 'month' }),
    });
    expect(month.problems[0]).toMatchObject({ code: 'MALFORMED_DATE', field: 'events[0]' });
    const guessed = await rejectionOf({
      statements: (doc) => ((first(doc.events).time as Item).earliest = '2021-01-01'),
    });
    expect(guessed.problems[0]?.message).toMatch(/takes no dates/);
  });

  it('rejects an order that contradicts the dates', async () => {
    const { problems } = await rejectionOf({
      statements: (doc) => {
        doc.events.push({
          id: 'event:test-earlier',
          name: 'Earlier',
          kind: 'agreement',
          time: { precision: 'day', earliest: '2019-01-01', latest: '2019-01-01' },
          evidence: ['The talks in Gamma remain stalled.'],
        });
        doc.relationships.push({
          from: 'event:test-war-start',
          type: 'PRECEDES',
          to: 'event:test-earlier',
          evidence: ['The war began'],
        });
      },
    });
    expect(problems.map((p) => p.code)).toContain('TIME_CONFLICT');
  });

  it('rejects a relationship whose endpoints its type does not allow', async () => {
    const { problems } = await rejectionOf({
      statements: (doc) =>
        doc.relationships.push({
          from: 'place:test-gamma',
          type: 'HOSTED',
          to: 'event:test-talks',
          evidence: ['The talks'],
        }),
    });
    expect(problems[0]).toMatchObject({ code: 'ENDPOINT_MISMATCH' });
    expect(problems[0]?.message).toMatch(/HOSTED goes from Actor to Event, not from Place to Event/);
  });

  it('rejects a misspelt field instead of ignoring it', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) => {
        first(doc.actors).evidance = first(doc.actors).evidence;
      },
    });
    expect(problems[0]).toMatchObject({ code: 'INVALID_FIELD', field: 'actors[0]' });
    expect(problems[0]?.message).toMatch(/evidance/);
    expect(await lineText(problems[0] as SeedProblem)).toContain('id: actor:test-alpha');
  });

  it('reports YAML syntax errors with their line', async () => {
    const { problems } = await rejectionOf({
      raw: { 'statements.yaml': 'actors:\n  - id: actor:x\n   name: bad indent\n' },
    });
    expect(problems[0]).toMatchObject({ code: 'YAML_SYNTAX' });
    expect(problems[0]?.line).toBeGreaterThan(1);
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

  it('lists every problem at once and says nothing was written', async () => {
    const { problems, message } = await rejectionOf({
      statements: (doc) => {
        (first(doc.actors).evidence as unknown[]).push('not in the text');
        doc.relationships.push({
          from: 'actor:test-nobody',
          type: 'HOLDS',
          to: 'claim:test-beta-rejects',
          evidence: ['Beta'],
        });
      },
    });
    expect(problems.map((p) => p.code).sort()).toEqual([
      'QUOTE_AMBIGUOUS',
      'QUOTE_NOT_FOUND',
      'UNKNOWN_REFERENCE',
    ]);
    expect(message).toMatch(/^The seed files have 3 problems; nothing was written to the database\./);
  });
});
