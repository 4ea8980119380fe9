import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../web/src/app/state.js';
import { parseViewState, serializeViewState } from '../../web/src/app/url-state.js';
import { GRAPH_STYLESHEET } from '../../web/src/graph/stylesheet.js';
import { nodeClasses, toEdgeElement } from '../../web/src/graph/to-elements.js';
import type { TimelineEvent } from '../../web/src/timeline/placement.js';
import { itemClass } from '../../web/src/timeline/timeline-items.js';
import { createTestEdge, createTestNode } from './web-fixtures.js';

// Issue 13's "Proposed" toggle: its URL form, and the dashed classes graph and timeline give
// proposed items (accepted ones keep their look).
describe('proposed items in graph and timeline', () => {
  it('keeps the toggle in the URL as proposed=1 and leaves it out by default', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    const on = { ...DEFAULT_VIEW, proposed: true };
    expect(serializeViewState(on)).toBe('?proposed=1');
    expect(parseViewState('?proposed=1').proposed).toBe(true);
    expect(parseViewState('?proposed=yes').proposed).toBe(false);
  });

  it('marks proposed nodes and edges with the class the stylesheet dashes', () => {
    expect(nodeClasses(createTestNode({ kind: 'ACTOR', status: 'PROPOSED' }))).toBe('kind-actor proposed');
    expect(nodeClasses(createTestNode({ kind: 'ACTOR', status: 'ACCEPTED' }))).toBe('kind-actor');
    expect(toEdgeElement(createTestEdge({ type: 'HOLDS', status: 'PROPOSED' })).classes).toBe(
      'type-holds proposed',
    );
    const rules = new Map(GRAPH_STYLESHEET.map((rule) => [rule.selector, rule.style]));
    expect(rules.get('node.proposed')?.['border-style']).toBe('dashed');
    expect(rules.get('edge.proposed')?.['line-style']).toBe('dashed');
  });

  it('gives proposed timeline items the ev-proposed class', () => {
    const event = { origin: 'ARTICLE', status: 'PROPOSED' } as TimelineEvent;
    expect(itemClass(event, undefined, false).split(' ')).toContain('ev-proposed');
    expect(itemClass({ ...event, status: 'ACCEPTED' }, undefined, false).split(' ')).not.toContain(
      'ev-proposed',
    );
  });
});
