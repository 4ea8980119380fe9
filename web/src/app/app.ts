import { describeElement } from '../graph/describe-element.js';
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
import { connectDetails } from './sync-details.js';
import { connectGraph } from './sync-graph.js';
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

export function startApp(root: HTMLElement): AppContext {
  const shell = createShell(root);
  const view = new Store(parseViewState(location.search));
  const data = new Store<AppData>(INITIAL_DATA, Object.is);
  // Views are created before the actions they call, so they reach them through this binding.
  let actions: Actions | undefined;
  const act = () => actions as Actions;
  let hoverStatements: (ids: string[]) => void = () => undefined;

  const graph = new GraphView(shell.graphCanvas, {
    onTap: (id, additive) => act().select(id, additive),
    onBackgroundTap: () => act().clearSelection(),
    onExpand: (id) => void act().expand(id),
    onHover: (id) => hoverStatements(id ? [id] : []),
    describe: (id) => describeElement(data.get().model, id),
  });
  const timeline = new LazyTimeline(shell.timelineBody, {
    onSelect: (id) => (id ? act().select(id) : undefined),
    onHover: (id) => graph.highlight('evidence-hover', id ? [id] : []),
    onBrush: (range) => act().setRange(range),
  });
  const details = new DetailsPanel({
    onSelect: (id, additive) => act().select(id, additive),
    onExpand: (id) => void act().expand(id),
    onShowQuote: (quote) => act().showQuote(quote),
    onFindPaths: (from, to) => act().findPaths(from, to),
  });
  let supported: (ids: string[]) => { nodes: string[]; edges: string[] } = () => ({ nodes: [], edges: [] });
  let phraseTargets: (ids: string[]) => string[] = () => [];
  const reader = new ReaderView({
    onStatementsClick: (ids) => act().selectMany(phraseTargets(ids)),
    onStatementsHover: (ids) => {
      const { nodes, edges } = ids ? supported(ids) : { nodes: [], edges: [] };
      graph.highlight('evidence-hover', [...nodes, ...edges]);
    },
    onSourceChange: (id) => act().setSource(id),
  });
  const pathBar = createPathBar(
    (index) => pathBar.element.dispatchEvent(new CustomEvent('path-pick', { detail: index })),
    () => act().clearPath(),
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
  actions = createActions(ctx);

  shell.detailsPanel.append(details.element);
  shell.readerPanel.append(reader.element);
  shell.pathSlot.append(pathBar.element);
  const search = createSearchBox(
    (hit) => {
      act().select(hit.id);
      shell.graphCanvas.focus({ preventScroll: true });
    },
    (error, retry) => ctx.fail(error, retry),
    (query) => findRelationships(data.get().model, query),
  );
  shell.search.append(search.element);

  buildGraphToolbar(ctx, act());
  const setRangeLabel = buildTimelineToolbar(ctx, act());
  connectTabs(ctx, act());
  connectGraph(ctx, act());
  connectDetails(ctx);
  const readerSync = connectReader(ctx);
  supported = (ids) => readerSync.supported(ids);
  phraseTargets = (ids) => readerSync.phraseTargets(ids);
  hoverStatements = (ids) => reader.hoverLinked(readerSync.statementsOf(ids));
  connectTimeline(ctx, setRangeLabel);
  connectTable(ctx, act());
  connectStatus(ctx);
  connectKeyboard(ctx, act(), () => search.focus());

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

  window.__app = { view, data, actions: act() };
  void loadAll(ctx);
  return ctx;
}
