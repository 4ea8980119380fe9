import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, ENTITY_KINDS, type ViewState } from '../../web/src/app/state.js';
import { parseViewState, serializeViewState } from '../../web/src/app/url-state.js';

function createTestView(overrides: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW, kinds: [...ENTITY_KINDS], ...overrides };
}

describe('url state', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(createTestView())).toBe('');
    expect(parseViewState('')).toEqual(createTestView());
  });

  it('round-trips selection, filters, time range, panel, lanes, source, expansions and path', () => {
    const view = createTestView({
      selection: ['actor:ukraine', 'actor:russia|PARTICIPATED_IN|event:most-recent-prisoner-exchange'],
      kinds: ['ACTOR', 'EVENT'],
      issueIds: ['issue:prisoner-exchanges'],
      actorIds: ['actor:turkey'],
      range: { from: '2025-05-01', to: '2025-06-30' },
      panel: 'reader',
      lanes: 'actor',
      sourceId: 'source:000_e86843f864097e51',
      expanded: ['actor:turkey'],
      path: ['actor:turkey', 'actor:ukraine'],
    });
    const search = serializeViewState(view);
    expect(parseViewState(search)).toEqual(view);
  });

  it('keeps ids readable in the query string', () => {
    const search = serializeViewState(createTestView({ selection: ['actor:ukraine', 'a:x|HOSTED|event:y'] }));
    expect(search).toBe('?sel=actor:ukraine,a:x|HOSTED|event:y');
  });

  it('drops malformed ids, unknown kinds and impossible dates from a hand-edited link', () => {
    const view = parseViewState(
      '?sel=ukraine,actor:ukraine,<script>&kinds=ACTOR,BOGUS&from=2025-02-30&to=2025-03-01&panel=x&lanes=y',
    );
    expect(view.selection).toEqual(['actor:ukraine']);
    expect(view.kinds).toEqual(['ACTOR']);
    expect(view.range).toBeNull();
    expect(view.panel).toBe('details');
    expect(view.lanes).toBe('issue');
  });

  it('orders a reversed time range and keeps only issue and actor ids in their filters', () => {
    const view = parseViewState(
      '?from=2025-06-30&to=2025-05-01&issues=issue:a,actor:b&actors=actor:b,issue:a',
    );
    expect(view.range).toEqual({ from: '2025-05-01', to: '2025-06-30' });
    expect(view.issueIds).toEqual(['issue:a']);
    expect(view.actorIds).toEqual(['actor:b']);
  });

  it('reads an empty kinds list as "hide every kind"', () => {
    expect(parseViewState('?kinds=').kinds).toEqual([]);
    expect(serializeViewState(createTestView({ kinds: [] }))).toBe('?kinds=');
  });

  it('ignores a path whose ends are the same node', () => {
    expect(parseViewState('?path=actor:a,actor:a').path).toBeNull();
  });

  it('drops a time range with a day that does not exist', () => {
    expect(parseViewState('?from=2024-02-29&to=2024-03-01').range).toEqual({
      from: '2024-02-29',
      to: '2024-03-01',
    });
    expect(parseViewState('?from=2025-02-29&to=2025-03-01').range).toBeNull();
    expect(parseViewState('?from=2025-6-1&to=2025-07-01').range).toBeNull();
  });
  it('round-trips the graph camera, the chosen path and the timeline window', () => {
    const view = createTestView({
      path: ['actor:turkey', 'actor:ukraine'],
      pathIndex: 2,
      camera: { x: 364, y: -191, zoom: 1.25 },
      timeWindow: { from: '2022-01-01', to: '2025-06-30' },
    });
    const search = serializeViewState(view);
    expect(search).toContain('pathNo=3');
    expect(search).toContain('camera=364,-191,1.25');
    expect(search).toContain('timeline=2022-01-01,2025-06-30');
    expect(parseViewState(search)).toEqual(view);
  });

  it('rounds the camera so links stay short', () => {
    const search = serializeViewState(createTestView({ camera: { x: 10.4, y: -3.6, zoom: 0.56789 } }));
    expect(search).toBe('?camera=10,-4,0.568');
  });

  it('drops a camera out of the zoom limits or malformed, a path number without a path, and a bad window', () => {
    for (const camera of ['1,2,9', '1,2', '1,2,0.5,4', 'a,b,1', '1e9,0,1'])
      expect(parseViewState(`?camera=${camera}`).camera).toBeNull();
    expect(parseViewState('?pathNo=2').pathIndex).toBe(0);
    expect(parseViewState('?path=actor:a,actor:b&pathNo=0').pathIndex).toBe(0);
    expect(parseViewState('?path=actor:a,actor:b&pathNo=x').pathIndex).toBe(0);
    expect(parseViewState('?timeline=2025-02-30,2025-03-01').timeWindow).toBeNull();
    expect(parseViewState('?timeline=2025-03-01').timeWindow).toBeNull();
    expect(parseViewState('?timeline=2025-05-01,2025-03-01').timeWindow).toEqual({
      from: '2025-03-01',
      to: '2025-05-01',
    });
  });
});
