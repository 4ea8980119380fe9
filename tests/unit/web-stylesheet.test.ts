import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../web/src/app/state.js';
import { GRAPH_STYLESHEET, KIND_STYLES } from '../../web/src/graph/stylesheet.js';
import { nodeClasses, toEdgeElement, toElements, toNodeElement } from '../../web/src/graph/to-elements.js';
import { createTestEdge, createTestModel, createTestNode } from './web-fixtures.js';

describe('graph stylesheet', () => {
  it('gives every kind its own colour and its own shape', () => {
    const styles = ENTITY_KINDS.map((kind) => KIND_STYLES[kind]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(ENTITY_KINDS.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(ENTITY_KINDS.length);
  });

  it('has a rule for every kind and for the classes the app sets', () => {
    const selectors = GRAPH_STYLESHEET.map((rule) => rule.selector).join('\n');
    for (const kind of ENTITY_KINDS) expect(selectors).toContain(`node[kind = "${kind}"]`);
    for (const name of [
      'context',
      'relative',
      'hidden',
      'faded',
      'on-path',
      'is-selected',
      'evidence-hover',
      'in-focus',
    ]) {
      expect(selectors).toContain(`.${name}`);
    }
  });

  it('keeps selection rules last so they win over kind, path and focus styling', () => {
    const last = GRAPH_STYLESHEET.slice(-3).map((rule) => rule.selector);
    expect(last).toEqual(['node.is-selected', 'edge.is-selected', 'node.label-off']);
  });

  it('hides a label that gives way completely, background included', () => {
    const rule = GRAPH_STYLESHEET.at(-1);
    expect(rule?.style).toMatchObject({ 'text-opacity': 0, 'text-background-opacity': 0 });
  });

  it('never fades node text: what is pushed back keeps readable labels or none', () => {
    for (const rule of GRAPH_STYLESHEET.filter((r) => r.selector.startsWith('node'))) {
      const opacity = rule.style['text-opacity'];
      if (opacity !== undefined) expect(opacity).toBe(0);
      expect(rule.style.opacity).toBeUndefined();
    }
  });
});

describe('toElements', () => {
  it('marks background and relatively dated events with classes', () => {
    expect(
      nodeClasses(
        createTestNode({
          kind: 'EVENT',
          time: {
            origin: 'CONTEXT',
            precision: 'DAY',
            earliest: '2022-02-24',
            latest: '2022-02-24',
            relativePhrase: null,
          },
        }),
      ),
    ).toBe('kind-event context');
    expect(
      nodeClasses(
        createTestNode({
          kind: 'EVENT',
          time: {
            origin: 'ARTICLE',
            precision: 'RELATIVE',
            earliest: null,
            latest: null,
            relativePhrase: 'this most recent swap',
          },
        }),
      ),
    ).toBe('kind-event relative');
  });

  it('labels edges with their relationship type and role', () => {
    const element = toEdgeElement(createTestEdge({ type: 'PARTICIPATED_IN', role: 'negotiating party' }));
    expect(element.data.label).toBe('participated in (negotiating party)');
  });

  it('never gives a node a zero size, even without evidence', () => {
    expect(toNodeElement(createTestNode({ evidenceCount: 0 })).data.evidenceCount).toBe(1);
  });

  it('puts nodes before edges and leaves out edges with a missing end', () => {
    const model = createTestModel(
      [createTestNode({ id: 'actor:a' }), createTestNode({ id: 'actor:b' })],
      [
        createTestEdge({ id: 'e1', source: 'actor:a', target: 'actor:b' }),
        createTestEdge({ id: 'e2', source: 'actor:a', target: 'actor:gone' }),
      ],
    );
    const elements = toElements({
      ...model,
      edges: new Map([
        ...model.edges,
        ['e2', createTestEdge({ id: 'e2', source: 'actor:a', target: 'actor:gone' })],
      ]),
    });
    expect(elements.map((e) => `${e.group}:${e.data.id}`)).toEqual([
      'nodes:actor:a',
      'nodes:actor:b',
      'edges:e1',
    ]);
  });

  it('builds only the requested elements when merging', () => {
    const model = createTestModel(
      [createTestNode({ id: 'actor:a' }), createTestNode({ id: 'actor:b' })],
      [createTestEdge({ id: 'e1', source: 'actor:a', target: 'actor:b' })],
    );
    expect(toElements(model, { nodes: ['actor:b'], edges: [] }).map((e) => e.data.id)).toEqual(['actor:b']);
  });
});
