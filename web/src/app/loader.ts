import { listSources } from '../api/list-sources.js';
import { loadGraph } from '../api/load-graph.js';
import { loadTimeline } from '../api/load-timeline.js';
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
  let loaded: Awaited<ReturnType<typeof fetchAll>>;
  try {
    loaded = await fetchAll();
  } catch (error) {
    setStatus(ctx, 'error');
    overlay(
      ctx,
      h('p', { class: 'overlay-title', text: 'The graph could not be loaded.' }),
      h('p', { class: 'muted', text: 'See the message above; Retry loads it again.' }),
    );
    ctx.fail(error, () => void loadAll(ctx));
    return;
  }
  ctx.banner.hide();
  const { model, events, sources } = loaded;
  ctx.data.update({ model, events, sources });
  if (model.nodes.size === 0) {
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
  ctx.timeline.setData(events, ctx.view.get().lanes);
  setStatus(ctx, 'ready');
  void settled.then(() => {
    document.body.dataset.graph = 'settled';
  });
}

async function fetchAll() {
  const [model, events, sources] = await Promise.all([loadGraph(), loadTimeline(), listSources()]);
  return { model, events, sources };
}
