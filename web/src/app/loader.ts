import { listSources } from '../api/list-sources.js';
import { type LoadedOverview, loadOverview } from '../api/load-overview.js';
import { loadTimeline, loadTimelineWindow } from '../api/load-timeline.js';
import { shownStatuses } from '../auth/shown-statuses.js';
import { hasActiveFilters } from '../graph/filter.js';
import { mergeGraph } from '../graph/model.js';
import type { TimelineEvent } from '../timeline/placement.js';
import { openingWindowOf } from '../timeline/scale-window.js';
import { fromRange, paddedWindow } from '../timeline/window-for.js';
import type { AppContext, LoadStatus } from './context.js';
import { h } from './dom.js';
import { ENTITY_KINDS, type TimeRange, type ViewState } from './state.js';

// First load: the overview the server chooses (bounded, whatever the corpus), the timeline and
// the list of sources. The page shows a loading state, then the graph (its first drawing is
// marked `graph-drawn` for the benchmark), an empty state when there is nothing yet, or the
// error banner with Retry. A graph the overview holds whole is filtered here as before; a larger
// one (`model.truncated`) loads the timeline for the window on screen only, and more of the
// graph when filters change or a node is expanded (sync-overview.ts, sync-expand.ts).

function setStatus(ctx: AppContext, status: LoadStatus): void {
  ctx.data.update({ status });
  document.body.dataset.status = status;
}

function overlay(ctx: AppContext, ...children: (Node | string)[]): void {
  ctx.shell.graphOverlay.replaceChildren(...children);
  ctx.shell.graphOverlay.hidden = children.length === 0;
}

/** The overview for the view's filters, on top of the unfiltered one a large graph starts from. */
async function loadFirstOverview(state: ViewState): Promise<LoadedOverview> {
  const statuses = shownStatuses(state);
  const first = await loadOverview({ statuses });
  if (!first.model.truncated || !hasActiveFilters(state, ENTITY_KINDS.length)) return first;
  const filtered = await loadOverview({ ...state, statuses });
  const { model } = mergeGraph(
    first.model,
    [...filtered.model.nodes.values()],
    [...filtered.model.edges.values()],
    true,
  );
  return { model, more: new Map([...first.more, ...filtered.more]) };
}

/** The window a large graph's timeline loads and opens on. */
export function scaleTimelineWindow(state: ViewState, overview: LoadedOverview): TimeRange | null {
  return state.timeWindow ?? state.range ?? openingWindowOf(overview.model);
}

export async function loadAll(ctx: AppContext): Promise<void> {
  setStatus(ctx, 'loading');
  overlay(
    ctx,
    h('div', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    h('p', { text: 'Loading the graph…' }),
  );
  // The overview and the sources start at once; the timeline as soon as the overview says how
  // large the graph is. The graph is drawn as soon as its own data is in.
  const statuses = shownStatuses(ctx.view.get());
  const sourcesLoad = listSources();
  sourcesLoad.catch(() => undefined);
  // A small graph's whole timeline, asked at once as before the overview existed, so that every
  // panel is filled by the time the layout settles; a large graph's stops after its first page.
  const wholeTimeline = new AbortController();
  const wholeTimelineLoad = loadTimeline({ statuses }, wholeTimeline.signal);
  wholeTimelineLoad.catch(() => undefined);
  try {
    const overview = await loadFirstOverview(ctx.view.get());
    const { model, more } = overview;
    performance.mark('graph-data');
    const scaleWindow = model.truncated ? scaleTimelineWindow(ctx.view.get(), overview) : null;
    if (model.truncated) wholeTimeline.abort();
    const timelineLoad: Promise<TimelineEvent[]> = !model.truncated
      ? wholeTimelineLoad
      : scaleWindow
        ? loadTimelineWindow(scaleWindow, { statuses })
        : Promise.resolve([]);
    timelineLoad.catch(() => undefined);
    ctx.data.update({ model, more });
    if (model.nodes.size === 0) {
      await Promise.all([timelineLoad, sourcesLoad]);
      ctx.banner.hide();
      setStatus(ctx, 'empty');
      overlay(
        ctx,
        h('p', { class: 'overlay-title', text: 'The graph is empty.' }),
        h(
          'p',
          { class: 'muted' },
          'Load the seed data with ',
          h('code', { text: 'npm run seed' }),
          ', then reload this page.',
        ),
      );
      return;
    }
    overlay(ctx);
    const { settled } = await ctx.graph.draw(model);
    performance.mark('graph-drawn');
    document.body.dataset.graph = 'drawn';
    ctx.data.update({ drawing: 'drawn' });
    void settled.then(() => {
      if (document.body.dataset.graph === 'settled') return;
      performance.mark('graph-settled');
      // sync-camera.ts brings the shared camera back, or the selection into view.
      ctx.data.update({ drawing: 'settled' });
      document.body.dataset.graph = 'settled';
    });
    const [events, sources] = await Promise.all([timelineLoad, sourcesLoad]);
    await ctx.timeline.ready;
    ctx.banner.hide();
    ctx.data.update({ events, sources });
    const { lanes, timeWindow, range } = ctx.view.get();
    // Dense stretches of a large graph's timeline show as "n events" chips.
    ctx.timeline.setClustered(model.truncated);
    // A shared link opens the timeline where its sender left it, or on its brushed range.
    const opening = scaleWindow ?? timeWindow ?? null;
    ctx.timeline.setData(events, lanes, opening ? fromRange(opening) : range ? paddedWindow(range) : null);
    setStatus(ctx, 'ready');
  } catch (error) {
    setStatus(ctx, 'error');
    if (!ctx.graph.drawn) {
      overlay(
        ctx,
        h('p', { class: 'overlay-title', text: 'The graph could not be loaded.' }),
        h('p', { class: 'muted', text: 'See the message above; Retry loads it again.' }),
      );
    }
    ctx.fail(error, () => void loadAll(ctx));
  }
}
