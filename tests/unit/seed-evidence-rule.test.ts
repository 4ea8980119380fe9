import { describe, expect, it } from 'vitest';
import { containsWords } from '../../graph/seed/check-evidence-mentions.js';
import { loadSeeds } from '../../graph/seed/load-seeds.js';
import { createTestSeed } from '../support/create-test-seed.js';
import { first, rejectionOf } from '../support/seed-rejection.js';

// The evidence rule (issue 9, class 2): a relationship's evidence names both of its ends, by
// name, alias, the ends' own quotes or a recorded co-reference, or the relationship is marked as
// an inference with a reason, and every inference is in the seed report.

// Each spec loads and checks whole seeds: seconds on a busy machine, so an explicit budget.
describe('the evidence rule', { timeout: 30_000 }, () => {
  it('rejects a quote that states something else than the relationship it is evidence of', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) => (first(doc.relationships).evidence = ['The talks in Gamma remain stalled.']),
    });
    expect(problems.map((p) => p.code)).toEqual(['EVIDENCE_MISSES_END', 'EVIDENCE_MISSES_END']);
    expect(problems[0]?.message).toContain('does not mention actor:test-alpha or event:test-exchange');
    expect(problems[0]?.hint).toMatch(/inference/);
    expect(await lineText(problems[0] as (typeof problems)[number])).toContain('from:');
  });

  it('accepts a co-reference the source records, and only for the entities it names', async () => {
    // "that demand" is Alpha's demand, which the quote does not name.
    const shortQuote = (doc: { relationships: Record<string, unknown>[] }) => {
      const opposes = doc.relationships.find((r) => r.type === 'OPPOSES');
      if (opposes) opposes.evidence = ['Beta rejects that demand'];
    };
    const without = await rejectionOf({ statements: shortQuote });
    expect(without.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('does not mention claim:test-alpha-demands'),
    ]);
    const seed = await createTestSeed({
      statements: (doc) => {
        shortQuote(doc);
        (doc as unknown as { coreferences: unknown[] }).coreferences = [
          { phrase: 'that demand', refersTo: ['claim:test-alpha-demands'] },
        ];
      },
    });
    try {
      await expect(loadSeeds(seed.seedsDir)).resolves.toBeDefined();
    } finally {
      await seed.cleanup();
    }
  });

  it('lists every inference with its reason, and no relationship of the real seeds breaks the rule', async () => {
    const plan = await loadSeeds();
    expect(plan.inferences.length).toBeGreaterThan(0);
    for (const inference of plan.inferences) {
      expect(inference.reason.length, inference.relationshipId).toBeGreaterThan(20);
      const stored = plan.relationships.find((r) => r.id === inference.relationshipId);
      expect(stored?.props.inference, inference.relationshipId).toBe(inference.reason);
    }
    // One generic sentence no longer evidences the dated swaps as if it named them.
    const swaps = plan.relationships.filter(
      (r) => r.type === 'PART_OF' && r.to === 'event:prisoner-exchanges' && r.from.includes('swap'),
    );
    expect(swaps.length).toBeGreaterThan(5);
    for (const swap of swaps) expect(swap.props.inference, swap.id).toBeTruthy();
  });

  it('rejects an evidenced entity without any relationship unless its entry says why', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) => {
        delete (doc.actors.find((a) => a.id === 'actor:test-writer') as Record<string, unknown>).unlinked;
      },
    });
    expect(problems.map((p) => p.code)).toEqual(['UNLINKED_ENTITY']);
    expect(problems[0]?.message).toContain('actor:test-writer has evidence but no relationship');
    expect(await lineText(problems[0] as (typeof problems)[number])).toContain('id: actor:test-writer');
  });

  it('matches names as whole words, in any case', () => {
    expect(containsWords('a peaceful resolution', 'peace')).toBe(false);
    expect(containsWords('paving the way toward peace.', 'Peace')).toBe(true);
    expect(containsWords('Turkey’s endeavors', 'Turkey')).toBe(true);
  });
});
