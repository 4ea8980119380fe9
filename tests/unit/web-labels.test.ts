import { describe, expect, it } from 'vitest';
import { describeElement } from '../../web/src/graph/describe-element.js';
import { importanceOf, pickLabels } from '../../web/src/graph/label-placement.js';
import { distinctLabels, LINE_CHARS, wrapLabel } from '../../web/src/graph/labels.js';
import { separateNodes } from '../../web/src/graph/separate-nodes.js';
import { panToShow } from '../../web/src/graph/viewport-moves.js';
import { createTestEdge, createTestEvent, createTestModel, createTestNode } from './web-fixtures.js';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('wrapLabel', () => {
  it('keeps a short name on one line as it is', () => {
    expect(wrapLabel('Turkey')).toBe('Turkey');
  });

  it('wraps a long name onto two short lines and marks the cut with an ellipsis', () => {
    const label = wrapLabel('Ukraine demands its full territorial sovereignty back, including Crimea');
    const lines = label.split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(LINE_CHARS);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('distinctLabels', () => {
  it('shows the words that tell look-alike names apart when shortening would merge them', () => {
    const nodes = ['first', 'second', 'final'].map((stage) => ({
      id: `event:${stage}`,
      label: `UAE-mediated exchange of prisoners of war after the talks, ${stage} stage`,
    }));
    const labels = distinctLabels(nodes);
    expect(new Set(labels.values()).size).toBe(3);
    expect(labels.get('event:second')).toContain('second');
  });

  it('leaves names that already read differently alone', () => {
    const labels = distinctLabels([
      { id: 'a', label: '1,000-for-1,000 exchange, first stage' },
      { id: 'b', label: '1,000-for-1,000 exchange, second stage' },
    ]);
    expect(labels.get('a')).toBe(wrapLabel('1,000-for-1,000 exchange, first stage'));
    expect(labels.get('a')).not.toBe(labels.get('b'));
  });
});

describe('pickLabels', () => {
  const node = box(-100, -100, -90, -90);

  it('shows the more important of two overlapping labels and hides the other', () => {
    const shown = pickLabels([
      { id: 'minor', importance: 1, label: box(0, 0, 100, 20), node },
      { id: 'major', importance: 9, label: box(50, 10, 150, 30), node },
      { id: 'apart', importance: 0, label: box(0, 100, 100, 120), node },
    ]);
    expect([...shown].sort()).toEqual(['apart', 'major']);
  });

  it('always shows a selected label unless it would overlap another selected one', () => {
    const shown = pickLabels([
      { id: 'big', importance: 50, label: box(0, 0, 100, 20), node },
      { id: 'selected', importance: Number.POSITIVE_INFINITY, label: box(10, 5, 90, 25), node },
    ]);
    expect([...shown]).toEqual(['selected']);
  });

  it('hides a label that would cover another node', () => {
    const shown = pickLabels([
      { id: 'a', importance: 5, label: box(0, 0, 100, 20), node: box(40, -30, 60, -5) },
      { id: 'b', importance: 1, label: box(0, 200, 100, 220), node: box(40, 5, 60, 15) },
    ]);
    expect([...shown]).toEqual(['b']);
  });

  it('ranks by relationships first, then evidence', () => {
    expect(importanceOf(3, 1)).toBeGreaterThan(importanceOf(1, 3));
  });
});

describe('separateNodes', () => {
  it('pushes overlapping nodes apart, including two at the very same point', () => {
    const moved = separateNodes([
      { id: 'a', x: 0, y: 0, radius: 15 },
      { id: 'b', x: 0, y: 0, radius: 15 },
      { id: 'c', x: 10, y: 0, radius: 15 },
    ]);
    const points = [...moved.values()];
    for (let i = 0; i < points.length; i += 1)
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i] as { x: number; y: number };
        const b = points[j] as { x: number; y: number };
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(30);
      }
  });

  it('leaves nodes that do not overlap where they are', () => {
    const moved = separateNodes([
      { id: 'a', x: 0, y: 0, radius: 10 },
      { id: 'b', x: 100, y: 0, radius: 10 },
    ]);
    expect(moved.get('b')).toEqual({ x: 100, y: 0 });
  });
});

describe('panToShow', () => {
  const view = { w: 800, h: 600 };

  it('does not move when the element is already in view', () => {
    expect(panToShow(box(100, 100, 140, 140), view)).toEqual({ dx: 0, dy: 0 });
  });

  it('pans only as far as needed to bring an element in from the edge', () => {
    expect(panToShow(box(780, 100, 820, 140), view, 40)).toEqual({ dx: -60, dy: 0 });
  });

  it('centres what is too big to fit at this zoom, without zooming', () => {
    expect(panToShow(box(-500, 280, 1500, 320), view).dx).toBe(400 - 500);
  });
});

describe('describeElement', () => {
  it('gives an event its full name, kind, type and date for the tooltip', () => {
    const model = createTestModel([
      createTestEvent('event:swap', { earliest: '2025-05-23', latest: '2025-05-23' }, { label: 'A swap' }),
    ]);
    expect(describeElement(model, 'event:swap')).toEqual({
      name: 'A swap',
      what: 'Event · prisoner-exchange',
      when: '23 May 2025',
    });
  });

  it('names both ends of a relationship', () => {
    const model = createTestModel(
      [createTestNode({ id: 'actor:a', label: 'Turkey' }), createTestNode({ id: 'actor:b', label: 'Talks' })],
      [createTestEdge({ type: 'MEDIATED' })],
    );
    expect(describeElement(model, 'actor:a|MEDIATED|actor:b')?.name).toBe('Turkey mediated Talks');
  });
});
