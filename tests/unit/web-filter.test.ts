import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../web/src/app/state.js';
import { type GraphFilters, visibleElements } from '../../web/src/graph/filter.js';
import { createTestEdge, createTestEvent, createTestModel, createTestNode } from './web-fixtures.js';

// A small conflict: two actors, two issues, three events (one dated 2014, one June 2025, one
// known only relatively), a claim, a place.
const model = createTestModel(
  [
    createTestNode({ id: 'actor:russia' }),
    createTestNode({ id: 'actor:turkey' }),
    createTestNode({ id: 'issue:exchanges', kind: 'ISSUE' }),
    createTestNode({ id: 'issue:territory', kind: 'ISSUE' }),
    createTestEvent('event:annexation', { earliest: '2014-03-18', latest: '2014-03-18' }),
    createTestEvent('event:june-swap', { precision: 'MONTH', earliest: '2025-06-01', latest: '2025-06-30' }),
    createTestEvent('event:recent-swap', { precision: 'RELATIVE', earliest: '2022-02-24', latest: null }),
    createTestNode({ id: 'claim:russia-asserts', kind: 'CLAIM' }),
    createTestNode({ id: 'place:crimea', kind: 'PLACE' }),
  ],
  [
    createTestEdge({ source: 'actor:russia', target: 'event:annexation' }),
    createTestEdge({ source: 'event:annexation', target: 'place:crimea', type: 'OCCURRED_IN' }),
    createTestEdge({ source: 'event:annexation', target: 'issue:territory', type: 'CONCERNS' }),
    createTestEdge({ source: 'actor:russia', target: 'event:june-swap' }),
    createTestEdge({ source: 'actor:turkey', target: 'event:june-swap', type: 'MEDIATED' }),
    createTestEdge({ source: 'event:june-swap', target: 'issue:exchanges', type: 'CONCERNS' }),
    createTestEdge({ source: 'actor:russia', target: 'event:recent-swap' }),
    createTestEdge({ source: 'event:recent-swap', target: 'issue:exchanges', type: 'CONCERNS' }),
    createTestEdge({ source: 'actor:russia', target: 'claim:russia-asserts', type: 'HOLDS' }),
    createTestEdge({ source: 'claim:russia-asserts', target: 'issue:territory', type: 'CONCERNS' }),
  ],
);

function filters(overrides: Partial<GraphFilters> = {}): GraphFilters {
  return {
    kinds: [...ENTITY_KINDS],
    issueIds: [],
    actorIds: [],
    range: null,
    expanded: [],
    selection: [],
    ...overrides,
  };
}

const visibleNodes = (overrides: Partial<GraphFilters>) =>
  [...visibleElements(model, filters(overrides)).nodes].sort();

describe('graph filters', () => {
  it('shows everything when no filter is set', () => {
    expect(visibleElements(model, filters()).nodes.size).toBe(model.nodes.size);
    expect(visibleElements(model, filters()).edges.size).toBe(model.edges.size);
  });

  it('hides whole kinds and the edges that touch them', () => {
    const visible = visibleElements(model, filters({ kinds: ['ACTOR', 'EVENT'] }));
    expect([...visible.nodes].every((id) => id.startsWith('actor:') || id.startsWith('event:'))).toBe(true);
    expect(
      [...visible.edges].every(
        (id) => !id.includes('issue:') && !id.includes('claim:') && !id.includes('place:'),
      ),
    ).toBe(true);
  });

  it('keeps an issue, its events and claims, and their direct context when filtering by issue', () => {
    expect(visibleNodes({ issueIds: ['issue:territory'] })).toEqual([
      'actor:russia',
      'claim:russia-asserts',
      'event:annexation',
      'issue:territory',
      'place:crimea',
    ]);
  });

  it('intersects issue and actor filters on events and claims', () => {
    expect(visibleNodes({ issueIds: ['issue:exchanges'], actorIds: ['actor:turkey'] })).toEqual([
      'actor:russia',
      'actor:turkey',
      'event:june-swap',
      'issue:exchanges',
    ]);
  });

  it('keeps events that may fall in the brushed range, including open-ended relative ones', () => {
    const nodes = visibleNodes({ range: { from: '2025-06-15', to: '2025-12-31' } });
    expect(nodes).toContain('event:june-swap');
    expect(nodes).toContain('event:recent-swap');
    expect(nodes).not.toContain('event:annexation');
  });

  it('drops nodes the time range cut off from everything they were joined to', () => {
    const nodes = visibleNodes({ range: { from: '2025-01-01', to: '2025-12-31' } });
    expect(nodes).not.toContain('place:crimea');
    expect(nodes).toContain('issue:territory');
  });

  it('shows expanded nodes with their neighbours and selected nodes whatever the filters', () => {
    const nodes = visibleNodes({
      kinds: ['ACTOR', 'PLACE'],
      issueIds: ['issue:exchanges'],
      expanded: ['place:crimea'],
      selection: ['claim:russia-asserts'],
    });
    expect(nodes).toContain('place:crimea');
    expect(nodes).toContain('claim:russia-asserts');
    expect(nodes).not.toContain('event:annexation');
  });
});
