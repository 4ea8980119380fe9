import { type FoundPath, findPaths } from '../api/find-paths.js';
import { hasActiveFilters, visibleElements } from '../graph/filter.js';
import { mergeGraph } from '../graph/model.js';
import { supportedBy } from '../reader/evidence-index.js';
import type { AppContext } from './context.js';
import { h } from './dom.js';
import { ENTITY_KINDS, type ViewState } from './state.js';
import { sameValue } from './store.js';

// Keeps the graph canvas in step with the view state: what is visible, what is selected, the
// path finder's highlighted path, and what the pointer is over in the timeline or the reader.

const FILTER_KEYS = ['kinds', 'issueIds', 'actorIds', 'range', 'expanded', 'selection'] as const;
// A change to these re-fits the graph to what is left (selection and expand only add nodes).
const REFIT_KEYS = ['kinds', 'issueIds', 'actorIds', 'range'] as const;

function changed(state: ViewState, previous: ViewState, keys: readonly (keyof ViewState)[]): boolean {
  return keys.some((key) => !sameValue(state[key], previous[key]));
}

export function connectGraph(ctx: AppContext): void {
  const { view, data, graph } = ctx;
  let paths: FoundPath[] = [];
  let pathRequest = 0;
  // The URL may name a path the search no longer finds: fall back to the shortest.
  const pathIndex = () => (view.get().pathIndex < paths.length ? view.get().pathIndex : 0);

  const pathElementIds = () => {
    const path = paths[pathIndex()];
    return path ? [...path.nodeIds, ...path.edgeIds] : [];
  };

  const refreshVisibility = () => {
    const state = view.get();
    const { model } = data.get();
    const path = paths[pathIndex()];
    const visible = visibleElements(model, {
      ...state,
      selection: [...state.selection, ...(path?.nodeIds ?? [])],
    });
    data.update({ visible });
    if (!graph.drawn) return;
    graph.applyVisibility(visible);
    const filtered = hasActiveFilters(state, ENTITY_KINDS.length);
    ctx.shell.graphStatus.replaceChildren(
      h('span', {
        text: `Showing ${visible.nodes.size} of ${model.nodes.size} nodes · ${visible.edges.size} edges`,
      }),
      model.truncated
        ? h('span', { class: 'warn', text: ' · more in the database: expand nodes to load them' })
        : '',
      filtered
        ? h('button', {
            class: 'btn btn-link',
            text: 'Clear filters',
            attrs: { type: 'button' },
            on: {
              click: () => view.update({ kinds: [...ENTITY_KINDS], issueIds: [], actorIds: [], range: null }),
            },
          })
        : '',
    );
  };

  const refreshSelection = (reveal: boolean) => {
    const state = view.get();
    graph.setSelection(state.selection);
    if (reveal) graph.reveal(state.selection);
  };

  const showPath = (fit = true) => {
    const ids = pathElementIds();
    graph.highlight('on-path', ids);
    graph.fadeAllBut(ids);
    const state = view.get();
    const [from, to] = state.path ?? ['', ''];
    const label = (id: string) => data.get().model.nodes.get(id)?.label ?? id;
    if (paths.length === 0)
      ctx.pathBar.showMessage(`No path of up to 5 steps joins ${label(from)} and ${label(to)}.`);
    else ctx.pathBar.show(paths, pathIndex(), data.get().model, label(from), label(to));
    if (ids.length && fit) graph.fit(ids);
  };

  const runPaths = async (fit = true) => {
    const path = view.get().path;
    const request = ++pathRequest;
    paths = [];
    if (!path) {
      graph.highlight('on-path', []);
      graph.fadeAllBut([]);
      ctx.pathBar.hide();
      refreshVisibility();
      return;
    }
    const label = (id: string) => data.get().model.nodes.get(id)?.label ?? id;
    ctx.pathBar.showLoading(label(path[0]), label(path[1]));
    try {
      const found = await findPaths(path[0], path[1]);
      if (request !== pathRequest) return;
      let model = data.get().model;
      for (const p of found) {
        const merged = mergeGraph(model, p.nodes, p.edges);
        if (merged.addedNodes.length || merged.addedEdges.length) {
          await graph.merge(merged.model, { nodes: merged.addedNodes, edges: merged.addedEdges }, path[0]);
        }
        model = merged.model;
      }
      data.update({ model });
      paths = found;
      refreshVisibility();
      showPath(fit);
    } catch (error) {
      if (request !== pathRequest) return;
      ctx.pathBar.showMessage('The path finder failed.');
      ctx.fail(error, () => void runPaths(fit));
    }
  };

  const showHover = () => {
    const { hover, evidence } = data.get();
    if (hover?.from === 'timeline') return graph.highlight('evidence-hover', hover.ids);
    if (hover?.from === 'reader' && evidence) {
      const { nodes, edges } = supportedBy(evidence, hover.statementIds);
      return graph.highlight('evidence-hover', [...nodes, ...edges]);
    }
    graph.highlight('evidence-hover', []);
  };

  view.subscribe((state, previous) => {
    if (changed(state, previous, FILTER_KEYS)) refreshVisibility();
    if (changed(state, previous, REFIT_KEYS) && !state.path) graph.fit();
    if (changed(state, previous, ['selection'])) refreshSelection(true);
    if (changed(state, previous, ['path'])) void runPaths();
    else if (state.pathIndex !== previous.pathIndex && paths.length) {
      refreshVisibility();
      showPath();
    }
  });
  // "+n more": nodes of a large graph's overview whose neighbours are not all loaded.
  const markMore = () => {
    const { more } = data.get();
    graph.highlight(
      'has-more',
      [...more].filter(([, count]) => count > 0).map(([id]) => id),
    );
  };

  data.subscribe((state, previous) => {
    if (state.more !== previous.more && graph.drawn) markMore();
    if (state.drawing === 'drawn' && previous.drawing === 'none') markMore();
    if (state.status === 'ready' && previous.status !== 'ready') {
      refreshVisibility();
      refreshSelection(true);
      // A shared link's camera shows the path as the sender saw it: no fit.
      if (view.get().path) void runPaths(!view.get().camera);
    } else if (state.model !== previous.model && state.status === 'ready') {
      refreshVisibility();
      refreshSelection(false);
    }
    if (state.hover !== previous.hover) showHover();
  });
}
