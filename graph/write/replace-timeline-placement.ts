import { storeTimelineOrder } from '../time/store-timeline-order.js';
import type { WriteTx } from './write-context.js';

// The one call site for the timeline's stored order (issue 14): every change of event dates or
// of PRECEDES re-places the timeline inside the same transaction, so the order commits (or rolls
// back) with the change. storeTimelineOrder re-orders every event; the ids say what changed.
export async function replaceTimelinePlacement(w: WriteTx, _eventIds: readonly string[]): Promise<void> {
  await storeTimelineOrder(w.run);
}
