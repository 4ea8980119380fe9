import { describe, expect, it } from 'vitest';
import { ApiError, errorFromGraphql } from '../../web/src/api/client.js';
import { toNodeRecord } from '../../web/src/api/graph-elements.js';
import { OVERVIEW_LIMIT, overviewVariables } from '../../web/src/api/load-overview.js';
import { sliceWindow } from '../../web/src/api/load-timeline.js';
import { type SearchHit, uniqueByEntity } from '../../web/src/api/search-entities.js';
import { describeFailure } from '../../web/src/app/banner.js';
import { DEFAULT_VIEW } from '../../web/src/app/state.js';
import { Store, sameValue } from '../../web/src/app/store.js';
import { buildExport, exportFileName } from '../../web/src/graph/export.js';
import { seededRandom, stretchFactors } from '../../web/src/graph/layout.js';
import { edgesByStatement, mergeGraph } from '../../web/src/graph/model.js';
import { nearestInDirection } from '../../web/src/graph/nearest-node.js';
import { daysBetween, timeAt } from '../../web/src/timeline/brush.js';
import { openingWindowOf } from '../../web/src/timeline/scale-window.js';
import { describeTime, nextDay } from '../../web/src/util/dates.js';
import { createTestEdge, createTestModel, createTestNode } from './web-fixtures.js';

describe('dates', () => {
  it('says each precision in words that claim no more than the data', () => {
    expect(describeTime('DAY', '2022-02-24', '2022-02-24')).toBe('24 Feb 2022');
    expect(describeTime('DAY', '2022-10-03', '2022-10-05')).toBe('3–5 Oct 2022');
    expect(describeTime('MONTH', '2024-02-01', '2024-02-29')).toBe('Feb 2024 (month)');
    expect(describeTime('YEAR', '2024-01-01', '2024-12-31')).toBe('2024 (year)');
    expect(describeTime('RELATIVE', null, '2025-01-01')).toBe('known only by order: before 1 Jan 2025');
    expect(describeTime('UNKNOWN', null, null)).toBe('date unknown');
  });

  it('steps over month and year ends', () => {
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
  });
});

describe('graph model', () => {
  it('merges only what is new and reports it', () => {
    const model = createTestModel([createTestNode({ id: 'actor:a' })]);
    const merged = mergeGraph(
      model,
      [createTestNode({ id: 'actor:a' }), createTestNode({ id: 'actor:b' })],
      [createTestEdge()],
    );
    expect(merged.addedNodes).toEqual(['actor:b']);
    expect(merged.addedEdges).toEqual(['actor:a|PARTICIPATED_IN|actor:b']);
    expect(model.nodes.size).toBe(1);
  });

  it('indexes edges by the statements that support them', () => {
    const model = createTestModel(
      [createTestNode({ id: 'actor:a' }), createTestNode({ id: 'actor:b' })],
      [createTestEdge({ evidenceIds: ['s:1', 's:2'] })],
    );
    expect(edgesByStatement(model).get('s:2')).toEqual(['actor:a|PARTICIPATED_IN|actor:b']);
  });

  it('reads an entity as a record, events with their time', () => {
    const event = toNodeRecord({
      id: 'event:e',
      name: 'e',
      kind: 'k',
      entityKind: 'EVENT',
      aliases: [],
      evidenceCount: 1,
      origin: 'CONTEXT',
      precision: 'MONTH',
      earliest: '2024-02-01',
      latest: '2024-02-29',
      relativePhrase: null,
    });
    expect(event.time).toEqual({
      origin: 'CONTEXT',
      precision: 'MONTH',
      earliest: '2024-02-01',
      latest: '2024-02-29',
      relativePhrase: null,
    });
    const actor = toNodeRecord({
      id: 'actor:a',
      name: 'a',
      kind: 'k',
      entityKind: 'ACTOR',
      aliases: [],
      evidenceCount: 1,
    });
    expect(actor.time).toBeNull();
  });
});

describe('large graph loading (issue 14)', () => {
  it('asks the overview for the filters only when there are some', () => {
    expect(overviewVariables({})).toEqual({
      limit: OVERVIEW_LIMIT,
      from: null,
      to: null,
      kinds: null,
      issueIds: null,
      actorIds: null,
      ids: null,
      status: null,
      withStatus: false,
    });
    const filtered = overviewVariables({
      range: { from: '2022-01-01', to: '2022-03-31' },
      issueIds: ['issue:x'],
      actorIds: [],
      statuses: ['ACCEPTED', 'PROPOSED'],
    });
    expect(filtered).toMatchObject({
      from: '2022-01-01',
      to: '2022-03-31',
      issueIds: ['issue:x'],
      actorIds: null,
      status: ['ACCEPTED', 'PROPOSED'],
      // Proposed items shown: each node and edge is asked for its own status (dashed when proposed).
      withStatus: true,
    });
  });

  it('cuts a window into consecutive slices that cover it exactly', () => {
    const slices = sliceWindow({ from: '2020-01-01', to: '2020-12-31' }, 4);
    expect(slices).toHaveLength(4);
    expect(slices[0]?.from).toBe('2020-01-01');
    expect(slices.at(-1)?.to).toBe('2020-12-31');
    for (let i = 1; i < slices.length; i++) {
      const previousEnd = Date.parse(`${slices[i - 1]?.to}T00:00:00Z`);
      expect(Date.parse(`${slices[i]?.from}T00:00:00Z`) - previousEnd).toBe(86_400_000);
    }
    expect(sliceWindow({ from: '2020-01-01', to: '2020-01-02' }, 8)).toEqual([
      { from: '2020-01-01', to: '2020-01-01' },
      { from: '2020-01-02', to: '2020-01-02' },
    ]);
  });

  it('opens a large graph timeline on the year up to its latest dated event', () => {
    const model = createTestModel([
      createTestNode({ id: 'actor:a' }),
      createTestNode({
        id: 'event:old',
        kind: 'EVENT',
        time: {
          origin: 'ARTICLE',
          precision: 'DAY',
          earliest: '2019-05-01',
          latest: '2019-05-01',
          relativePhrase: null,
        },
      }),
      createTestNode({
        id: 'event:new',
        kind: 'EVENT',
        time: {
          origin: 'ARTICLE',
          precision: 'MONTH',
          earliest: '2022-03-01',
          latest: '2022-03-31',
          relativePhrase: null,
        },
      }),
    ]);
    expect(openingWindowOf(model)).toEqual({ from: '2021-04-01', to: '2022-03-31' });
    expect(openingWindowOf(createTestModel([createTestNode({ id: 'actor:a' })]))).toBeNull();
  });
});

describe('api errors', () => {
  it('turns DATABASE_UNAVAILABLE into a database error worth retrying', () => {
    const error = errorFromGraphql([{ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } }]);
    expect(error.kind).toBe('database');
    expect(error.transient).toBe(true);
    expect(describeFailure(error).title).toContain('Neo4j');
  });

  it('keeps other GraphQL errors as they are, not worth retrying', () => {
    const error = errorFromGraphql([
      { message: '"depth" must be between 1 and 3', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(error).toMatchObject({ kind: 'graphql', code: 'BAD_USER_INPUT', transient: false });
  });

  it('says the server is unreachable for network failures and proxy errors', () => {
    expect(describeFailure(new ApiError('network', 'x')).title).toBe('Cannot reach the API server.');
    expect(describeFailure(new ApiError('http', 'The API server answered 502', 'HTTP_502')).title).toBe(
      'Cannot reach the API server.',
    );
  });
});

describe('small helpers', () => {
  it('keeps the best search hit per entity', () => {
    const hit = (id: string, score: number) => ({ score, entity: { id } }) as unknown as SearchHit;
    expect(
      uniqueByEntity([hit('actor:a', 3), hit('actor:b', 2), hit('actor:a', 1)]).map((h) => h.score),
    ).toEqual([3, 2]);
  });

  it('picks the nearest node in the pressed direction', () => {
    const from = { id: 'a', x: 0, y: 0 };
    const points = [
      from,
      { id: 'right-far', x: 100, y: 0 },
      { id: 'right-near', x: 40, y: 10 },
      { id: 'up', x: 0, y: -30 },
    ];
    expect(nearestInDirection(from, points, 'right')).toBe('right-near');
    expect(nearestInDirection(from, points, 'up')).toBe('up');
    expect(nearestInDirection(from, points, 'left')).toBeNull();
  });

  it('stretches a round layout to a wide canvas, within limits', () => {
    expect(stretchFactors({ w: 100, h: 100 }, { w: 300, h: 100 })).toEqual({ sx: 1.8, sy: 1 });
    expect(stretchFactors({ w: 100, h: 100 }, { w: 120, h: 100 })).toEqual({ sx: 1.2, sy: 1 });
    expect(stretchFactors({ w: 200, h: 100 }, { w: 100, h: 100 })).toEqual({ sx: 1, sy: 1.8 });
  });

  it('makes layouts repeatable with a seeded random source', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('turns a brush drag into whole inclusive days, whichever way it went', () => {
    const window = { start: new Date(2025, 0, 1), end: new Date(2025, 0, 11) };
    const rect = { left: 100, width: 1000 };
    expect(daysBetween(timeAt(700, rect, window), timeAt(150, rect, window))).toEqual({
      from: '2025-01-01',
      to: '2025-01-07',
    });
    expect(timeAt(0, rect, window)).toEqual(window.start);
  });

  it('exports only what is visible, with positions and the view', () => {
    const model = createTestModel(
      [createTestNode({ id: 'actor:a' }), createTestNode({ id: 'actor:b' })],
      [createTestEdge()],
    );
    const exported = buildExport(
      model,
      { nodes: new Set(['actor:a']), edges: new Set() },
      DEFAULT_VIEW,
      () => ({ x: 1, y: 2 }),
      new Date(0),
    );
    expect(exported.nodes).toEqual([
      { id: 'actor:a', label: 'Test', kind: 'ACTOR', type: 'state', aliases: [], position: { x: 1, y: 2 } },
    ]);
    expect(exported.edges).toEqual([]);
    expect(exportFileName('png', new Date(0))).toBe('conflict-graph-1970-01-01-00-00-00.png');
  });

  it('notifies only on real changes, structurally for view state and by identity when asked', () => {
    const view = new Store({ selection: ['a'] });
    const data = new Store({ visible: { nodes: new Set() } }, Object.is);
    let calls = 0;
    view.subscribe(() => calls++);
    data.subscribe(() => calls++);
    view.update({ selection: ['a'] });
    data.update({ visible: { nodes: new Set() } });
    expect(calls).toBe(1);
    expect(sameValue({ a: [1] }, { a: [1] })).toBe(true);
  });
});
