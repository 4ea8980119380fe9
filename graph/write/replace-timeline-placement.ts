import type { WriteTx } from './write-context.js';

// Every change of event dates or of PRECEDES re-places the timeline (issue 14). The placement
// runs once per change, just before its invariants and commit (runChange), however many events
// the change wrote: an ingested source with ten events re-orders the timeline once, not ten times.
export function replaceTimelinePlacement(w: WriteTx, eventIds: readonly string[]): void {
  for (const id of eventIds) w.touched.timeline.add(id);
}
