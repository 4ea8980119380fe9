import type { AppContext } from './context.js';
import { isEdgeId, primarySelection } from './state.js';
import { sameValue } from './store.js';

// The timeline follows the view: lanes, the brushed range, the selected event, and which
// events the graph's filters hide (faded, not removed, so the time context stays).

export function connectTimeline(ctx: AppContext, rangeLabel: (text: string | null) => void): void {
  const { view, data, timeline } = ctx;

  const selectedEvent = () => {
    const primary = primarySelection(view.get());
    return primary && !isEdgeId(primary) && primary.startsWith('event:') ? primary : null;
  };

  const dim = () => {
    const { events, visible } = data.get();
    timeline.setDimmed(
      new Set(events.filter((event) => !visible.nodes.has(event.id)).map((event) => event.id)),
    );
  };

  const showRange = () => {
    const { range } = view.get();
    timeline.setRange(range);
    rangeLabel(range ? `${range.from} → ${range.to}` : null);
  };

  view.subscribe((state, previous) => {
    if (state.lanes !== previous.lanes) timeline.setLanes(state.lanes);
    if (!sameValue(state.range, previous.range)) showRange();
    if (!sameValue(state.selection, previous.selection)) timeline.setSelection(selectedEvent());
  });
  data.subscribe((state, previous) => {
    if (state.status === 'ready' && previous.status !== 'ready') {
      showRange();
      timeline.setSelection(selectedEvent());
    }
    // A large graph's timeline gets new events as it moves (sync-overview.ts): fade them alike.
    if ((state.visible !== previous.visible || state.events !== previous.events) && state.status === 'ready')
      dim();
  });
}
