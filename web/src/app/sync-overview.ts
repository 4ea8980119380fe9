import { loadOverview } from '../api/load-overview.js';
import { loadTimelineWindow } from '../api/load-timeline.js';
import { shownStatuses } from '../auth/shown-statuses.js';
import { mergeGraph } from '../graph/model.js';
import { fromRange } from '../timeline/window-for.js';
import type { AppContext } from './context.js';
import type { TimeRange } from './state.js';
import { sameValue } from './store.js';

// A large graph (one the overview did not hold whole, `model.truncated`) is loaded as the user
// looks: a filter change asks the server for the overview of what the filters keep and adds it
// to the drawing; moving the timeline loads the events of the new window. A small graph is all
// here already and none of this runs. Older answers that arrive late are dropped.

const FILTER_KEYS = ['kinds', 'issueIds', 'actorIds', 'range'] as const;
/** The timeline settles for this long before its new window is asked for. */
const WINDOW_SETTLE_MS = 250;

export function connectOverview(ctx: AppContext): void {
  const { view, data, graph } = ctx;
  let overviewRequest = 0;
  let windowRequest = 0;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  const atScale = () => data.get().status === 'ready' && data.get().model.truncated;

  const loadFiltered = async () => {
    const request = ++overviewRequest;
    try {
      const found = await loadOverview({ ...view.get(), statuses: shownStatuses(view.get()) });
      if (request !== overviewRequest) return;
      const current = data.get();
      const merged = mergeGraph(
        current.model,
        [...found.model.nodes.values()],
        [...found.model.edges.values()],
      );
      const more = new Map([...found.more, ...current.more]);
      await graph.merge(merged.model, { nodes: merged.addedNodes, edges: merged.addedEdges }, null);
      data.update({ model: merged.model, more });
      if (merged.addedNodes.length) graph.fit();
    } catch (error) {
      if (request === overviewRequest) ctx.fail(error, () => void loadFiltered());
    }
  };

  const loadWindow = async (window: TimeRange) => {
    const request = ++windowRequest;
    try {
      const events = await loadTimelineWindow(window, { statuses: shownStatuses(view.get()) });
      if (request !== windowRequest) return;
      data.update({ events });
      ctx.timeline.setData(events, view.get().lanes, fromRange(window));
    } catch (error) {
      if (request === windowRequest) ctx.fail(error, () => void loadWindow(window));
    }
  };

  view.subscribe((state, previous) => {
    if (!atScale()) return;
    if (FILTER_KEYS.some((key) => !sameValue(state[key], previous[key]))) void loadFiltered();
    const window = state.timeWindow;
    if (window && !sameValue(window, previous.timeWindow)) {
      clearTimeout(windowTimer);
      windowTimer = setTimeout(() => void loadWindow(window), WINDOW_SETTLE_MS);
    }
  });
}
