import { describeElement, type ElementSummary } from '../graph/describe-element.js';
import { DetailsPanel } from '../graph/details-panel.js';
import { GraphView } from '../graph/graph-view.js';
import { createPathBar } from '../graph/path-bar.js';
import { createSearchBox } from '../graph/search-box.js';
import { findRelationships } from '../graph/search-rank.js';
import { ReaderView } from '../reader/reader-view.js';
import { LazyTimeline } from '../timeline/lazy-timeline.js';
import { type Actions, createActions } from './actions.js';
import { createBanner } from './banner.js';
import { type AppContext, type AppData, INITIAL_DATA } from './context.js';
import { connectKeyboard } from './keyboard.js';
import { loadAll } from './loader.js';
import { createShell } from './shell.js';
import { attachSplitter } from './splitter.js';
import { Store } from './store.js';
import { connectCamera } from './sync-camera.js';
import { connectDetails } from './sync-details.js';
import { connectExpansion } from './sync-expand.js';
import { connectGraph } from './sync-graph.js';
import { connectOverview } from './sync-overview.js';
import { connectReader } from './sync-reader.js';
import { connectStatus } from './sync-status.js';
import { connectTable } from './sync-table.js';
import { connectTimeline } from './sync-timeline.js';
import { buildGraphToolbar, buildTimelineToolbar, connectTabs } from './toolbars.js';
import { parseViewState, serializeViewState } from './url-state.js';

// Builds the page: the shell, one store for the view (mirrored in the URL) and one for the
// data, the views wired to actions, then the first load.

declare global {
  interface Window {
    /** The app's state and actions, for tests and the console. */
    __app?: {
      view: Store<AppContext['view'] extends Store<infer S> ? S : never>;
      data: Store<AppData>;
      actions: Actions;
    };
  }
}

/** A large graph's node names the neighbours not loaded yet, and how to load them. */
function withMore(summary: ElementSummary | null, more: number | undefined): ElementSummary | null {
  if (!summary || !more) return summary;
  return { ...summary, what: `${summary.what} · +${more} more: double-click or press e to expand` };
}

export function startApp(root: HTMLElement): AppContext {
  const shell = createShell(root);
  const view = new Store(parseViewState(location.search));
  const data = new Store<AppData>(INITIAL_DATA, Object.is);
  // Actions only change the stores, so they come first and every view gets them directly.
  const actions = createActions(view, data);

  const graph = new GraphView(shell.graphCanvas, {
    onTap: (id, additive) => actions.select(id, additive),
    onBackgroundTap: () => actions.clearSelection(),
    onExpand: (id) => actions.expand(id),
    onHover: (id) => actions.hover(id ? { from: 'graph', ids: [id] } : null),
    describe: (id) => withMore(describeElement(data.get().model, id), data.get().more.get(id)),
  });
  const timeline = new LazyTimeline(shell.timelineBody, {
    onSelect: (id) => (id ? actions.select(id) : undefined),
    onHover: (id) => actions.hover(id ? { from: 'timeline', ids: [id] } : null),
    onBrush: (range) => actions.setRange(range),
    onWindow: (window) => actions.setTimeWindow(window),
  });
  const details = new DetailsPanel({
    onSelect: (id, additive) => actions.select(id, additive),
    onExpand: (id) => actions.expand(id),
    onShowQuote: (quote) => actions.showQuote(quote),
    onFindPaths: (from, to) => actions.findPaths(from, to),
  });
  const reader = new ReaderView({
    onStatementsClick: (ids) => actions.selectPhrases(ids),
    onStatementsHover: (ids) => actions.hover(ids ? { from: 'reader', statementIds: ids } : null),
    onSourceChange: (id) => actions.setSource(id),
  });
  const pathBar = createPathBar(
    (index) => actions.pickPath(index),
    () => actions.clearPath(),
  );
  const banner = createBanner(shell.banner);
  const ctx: AppContext = {
    view,
    data,
    shell,
    graph,
    timeline,
    reader,
    details,
    pathBar,
    banner,
    fail: (error, retry) =>
      banner.show(error, () => {
        banner.hide();
        retry();
      }),
  };

  shell.detailsPanel.append(details.element);
  shell.readerPanel.append(reader.element);
  shell.pathSlot.append(pathBar.element);
  const search = createSearchBox(
    (hit) => {
      actions.select(hit.id);
      shell.graphCanvas.focus({ preventScroll: true });
    },
    (error, retry) => ctx.fail(error, retry),
    (query) => findRelationships(data.get().model, query),
  );
  shell.search.append(search.element);

  buildGraphToolbar(ctx, actions);
  const setRangeLabel = buildTimelineToolbar(ctx, actions);
  connectTabs(ctx, actions);
  connectGraph(ctx);
  connectCamera(ctx, actions);
  connectExpansion(ctx);
  connectOverview(ctx);
  connectDetails(ctx);
  connectReader(ctx);
  connectTimeline(ctx, setRangeLabel);
  connectTable(ctx, actions);
  connectStatus(ctx);
  connectKeyboard(ctx, actions, () => search.focus());

  view.subscribe((state) => {
    const search = serializeViewState(state);
    if (search !== location.search)
      history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  });
  window.addEventListener('popstate', () => view.update(parseViewState(location.search)));
  attachSplitter(shell.timelinePane.parentElement as HTMLElement, shell.timelinePane);
  const resized = new ResizeObserver(() => {
    graph.resize();
    timeline.redraw();
  });
  resized.observe(shell.graphPane);
  resized.observe(shell.timelinePane);

  window.__app = { view, data, actions };
  void loadAll(ctx);
  return ctx;
}
