import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../web/src/api/search-entities.js';
import { describeFilters, withEvidence } from '../../web/src/graph/export.js';
import { quotesNamingNoEnd } from '../../web/src/graph/quote-subject.js';
import { findRelationships, rankHits } from '../../web/src/graph/search-rank.js';
import { similarNodes } from '../../web/src/graph/similar-names.js';
import { buildEvidenceIndex, phraseTarget } from '../../web/src/reader/evidence-index.js';
import { windowFor } from '../../web/src/timeline/window-for.js';
import { createTestEdge, createTestModel, createTestNode } from './web-fixtures.js';

function createTestHit(name: string, overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    score: 1,
    matchedIn: 'NAME',
    entity: { id: `x:${name}`, name, entityKind: 'ACTOR', kind: 'state' },
    snippet: { text: name, highlights: [] },
    ...overrides,
  };
}

describe('rankHits', () => {
  it('puts the exact name first, above longer names the API scored higher', () => {
    const ranked = rankHits(
      [
        createTestHit('Turkey-brokered prisoner swap including Azovstal commanders'),
        createTestHit("Turkey's delegation"),
        createTestHit('Turkey'),
      ],
      'turkey',
    );
    expect(ranked.map((hit) => hit.entity.name)[0]).toBe('Turkey');
  });

  it('keeps the API order among hits of the same standing', () => {
    const ranked = rankHits([createTestHit('Talks B'), createTestHit('Talks A')], 'tal');
    expect(ranked.map((hit) => hit.entity.name)).toEqual(['Talks B', 'Talks A']);
  });
});

describe('findRelationships', () => {
  const model = createTestModel(
    [
      createTestNode({ id: 'actor:a', label: 'Turkey' }),
      createTestNode({ id: 'actor:b', label: 'Istanbul talks' }),
    ],
    [createTestEdge({ type: 'MEDIATED' }), createTestEdge({ type: 'HOSTED' })],
  );

  it('finds a relationship by the start of its verb', () => {
    expect(findRelationships(model, 'mediat').map((hit) => hit.name)).toEqual([
      'Turkey mediated Istanbul talks',
    ]);
  });

  it('needs three letters before it searches', () => {
    expect(findRelationships(model, 'me')).toEqual([]);
  });
});

describe('quotesNamingNoEnd', () => {
  it('flags a quote that names neither end of its relationship, by name or alias', () => {
    const ends = [
      createTestNode({ label: 'Turkey', aliases: ['Türkiye'] }),
      createTestNode({ label: 'Istanbul talks' }),
    ];
    const silent = quotesNamingNoEnd(
      [
        { id: 'q1', text: 'has set itself up as an intermediary' },
        { id: 'q2', text: 'Turkey, hosting the discussions' },
        { id: 'q3', text: 'turkiye said' },
      ],
      ends,
    );
    expect([...silent]).toEqual(['q1']);
  });
});

describe('similarNodes', () => {
  const model = createTestModel([
    createTestNode({ id: 'actor:turkey', label: 'Turkey' }),
    createTestNode({ id: 'place:turkey', label: 'Turkey', kind: 'PLACE', type: 'country' }),
    createTestNode({ id: 'event:talks', label: 'Russia–Ukraine talks in Istanbul', kind: 'EVENT' }),
    createTestNode({
      id: 'event:talks-2022',
      label: 'Russia–Ukraine talks in Istanbul, March 2022',
      kind: 'EVENT',
    }),
    createTestNode({ id: 'actor:ukraine', label: 'Ukraine' }),
  ]);

  it('links the actor and the place of the same name and says they are different kinds', () => {
    const [similar] = similarNodes(model, 'actor:turkey');
    expect(similar?.node.id).toBe('place:turkey');
    expect(similar?.reason).toContain('different kind of thing');
  });

  it('links two events whose names mostly share their words', () => {
    expect(similarNodes(model, 'event:talks').map((s) => s.node.id)).toEqual(['event:talks-2022']);
  });

  it('lists nothing for a name that resembles no other', () => {
    expect(similarNodes(model, 'actor:ukraine')).toEqual([]);
  });
});

describe('phraseTarget', () => {
  const index = buildEvidenceIndex(
    [
      { id: 's:inner', start: 10, evidenceFor: [{ id: 'actor:russia' }, { id: 'actor:ukraine' }] },
      { id: 's:edge', start: 0, evidenceFor: [] },
    ],
    new Map([['s:edge', ['actor:russia|OPPOSES|actor:ukraine']]]),
  );

  it('selects the entities a phrase names, not everything around it', () => {
    expect(phraseTarget(index, 's:inner')).toEqual(['actor:russia', 'actor:ukraine']);
  });

  it('selects the relationship when the phrase names no entity of its own', () => {
    expect(phraseTarget(index, 's:edge')).toEqual(['actor:russia|OPPOSES|actor:ukraine']);
  });
});

describe('windowFor', () => {
  const items = [
    {
      id: 'e:old',
      start: '2014-03-18',
      end: '2014-03-19',
      shape: 'point' as const,
      approximate: false,
      when: '',
    },
    {
      id: 'e:a',
      start: '2025-05-16',
      end: '2025-05-17',
      shape: 'point' as const,
      approximate: false,
      when: '',
    },
    {
      id: 'e:b',
      start: '2025-07-23',
      end: '2025-07-24',
      shape: 'point' as const,
      approximate: false,
      when: '',
    },
  ];
  const origin = (id: string) => (id === 'e:old' ? 'CONTEXT' : 'ARTICLE');

  it('opens on the article’s events, not on background events years earlier', () => {
    const window = windowFor(items, origin, new Set(), true);
    expect(new Date(window?.start ?? 0).getFullYear()).toBe(2025);
    expect(window?.end).toBeGreaterThan(new Date(2025, 6, 24).getTime());
  });

  it('fits every shown event, and leaves out what the filters hide', () => {
    expect(
      new Date(windowFor(items, origin, new Set(), false)?.start ?? 0).getFullYear(),
    ).toBeLessThanOrEqual(2014);
    expect(new Date(windowFor(items, origin, new Set(['e:old']), false)?.start ?? 0).getFullYear()).toBe(
      2025,
    );
  });

  it('opens on the most recent events when the article dates none itself', () => {
    const window = windowFor(items, () => 'CONTEXT', new Set(), true);
    expect(new Date(window?.start ?? 0).getFullYear()).toBe(2025);
  });

  it('has no window when nothing dated is shown', () => {
    expect(windowFor(items, origin, new Set(['e:old', 'e:a', 'e:b']), false)).toBeNull();
  });
});

describe('page exports', () => {
  const view = {
    kinds: ['ACTOR' as const],
    issueIds: [],
    actorIds: ['actor:a'],
    range: { from: '2025-01-01', to: '2025-12-31' },
  };

  it('carries the server export’s quotes and dates for what is on screen, and nothing else', () => {
    const merged = withEvidence(
      {
        exportedAt: 'now',
        view: { ...view, selection: [] },
        nodes: [{ id: 'event:a', label: 'A', kind: 'EVENT', type: 'talks', aliases: [] }],
        edges: [],
      },
      {
        elements: {
          nodes: [
            { data: { id: 'event:a', evidence: ['the words'], earliest: '2025-05-16' } },
            { data: { id: 'event:hidden' } },
          ],
          edges: [],
        },
      },
    );
    expect(merged.nodes).toEqual([
      {
        id: 'event:a',
        label: 'A',
        kind: 'EVENT',
        type: 'talks',
        aliases: [],
        evidence: ['the words'],
        earliest: '2025-05-16',
      },
    ]);
  });

  it('names the filters in force for the PNG caption', () => {
    expect(describeFilters(view, 5, (id) => (id === 'actor:a' ? 'Turkey' : id))).toBe(
      'Filters — Kinds: actor · Actors: Turkey · Time: 2025-01-01 → 2025-12-31',
    );
  });
});
