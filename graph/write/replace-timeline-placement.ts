import type { WriteTx } from './write-context.js';

// The one call site for the timeline's stored order (issue 14): every change of event dates or
// of PRECEDES goes through here, inside the same transaction. Until the timeline's
// re-placement function lands, the timeline derives its order when read, so there is nothing
// to store yet.
export async function replaceTimelinePlacement(_w: WriteTx, _eventIds: readonly string[]): Promise<void> {}
