import { listSources } from '../api/list-sources.js';
import { loadGraph } from '../api/load-graph.js';
import { loadTimeline } from '../api/load-timeline.js';
import { shownStatuses } from '../auth/shown-statuses.js';
import { fromRange, paddedWindow } from '../timeline/window-for.js';
import type { AppContext, LoadStatus } from './context.js';
import { h } from './dom.js';

// First load: the graph, the timeline and the list of sources, in parallel. The page shows a
// loading state, then the graph (its first drawing is marked `graph-drawn` for the benchmark),
// an empty state when there is nothing yet, or the error banner with Retry.

function setStatus(ctx: AppContext, status: LoadStatus): void {
  ctx.data.update({ status });
  document.body.dataset.status = status;
}

function overlay(ctx: AppContext, ...children: (Node | string)[]): void {
  ctx.shell.graphOverlay.replaceChildren(...children);
  ctx.shell.graphOverlay.hidden = children.length === 0;
}

export async function loadAll(ctx: AppContext): Promise<void> {
  setStatus(ctx, 'loading');
  overlay(
    ctx,
    h('div', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    h('p', { text: 'Loading the graph…' }),
  );
  // All three requests start at once; the graph is drawn as soon as its own data is in.
  const statuses = shownStatuses(ctx.view.get());
  const graphLoad = loadGraph(undefined, undefined, statuses);
  const rest = Promise.all([loadTimeline(undefined, statuses), listSources()]);
  rest.catch(() => undefined);
  try {
    const model = await graphLoad;
    performance.mark('graph-data');
    ctx.data.update({ model });
    if (model.nodes.size === 0) {
      await rest;
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
    const [events, sources] = await rest;
    await ctx.timeline.ready;
    ctx.banner.hide();
    ctx.data.update({ events, sources });
    const { lanes, timeWindow, range } = ctx.view.get();
    // A shared link opens the timeline where its sender left it, or on its brushed range.
    ctx.timeline.setData(
      events,
      lanes,
      timeWindow ? fromRange(timeWindow) : range ? paddedWindow(range) : null,
    );
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
