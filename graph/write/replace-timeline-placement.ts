import type { WriteTx } from './write-context.js';

/** Relationship types the stored order reads (graph/time/store-timeline-order.ts). */
export const ORDERING_TYPES: readonly string[] = ['PRECEDES', 'PART_OF'];

// Every change of event dates, PRECEDES or PART_OF re-places the timeline (issue 14). The placement
// runs once per change, just before its invariants and commit (runChange), however many events
// the change wrote: an ingested source with ten events re-orders the timeline once, not ten times.
export function replaceTimelinePlacement(w: WriteTx, eventIds: readonly string[]): void {
  for (const id of eventIds) w.touched.timeline.add(id);
}
