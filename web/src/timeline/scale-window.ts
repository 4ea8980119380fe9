import type { TimeRange } from '../app/state.js';
import type { GraphModel } from '../graph/model.js';

// Where a large graph's timeline opens when the link names no window: the year up to the latest
// dated event of the overview (the most connected events, so the stretch an analyst meets first).

const DAY_MS = 86_400_000;
export const OPENING_DAYS = 365;

export function openingWindowOf(model: GraphModel): TimeRange | null {
  let latest: string | null = null;
  for (const node of model.nodes.values()) {
    const date = node.time?.latest ?? node.time?.earliest ?? null;
    if (date && (latest === null || date > latest)) latest = date;
  }
  if (latest === null) return null;
  const from = new Date(Date.parse(`${latest}T00:00:00Z`) - (OPENING_DAYS - 1) * DAY_MS);
  return { from: from.toISOString().slice(0, 10), to: latest };
}
