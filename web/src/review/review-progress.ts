import type { ReviewItem } from './get-review.js';

// Pure decisions of the review screen: where j/k go, how far along the review is, and which
// items "accept all above X" takes.

/** The next (step 1) or previous (step -1) item index, preferring items still PROPOSED. */
export function stepIndex(items: readonly ReviewItem[], current: number, step: 1 | -1): number {
  if (items.length === 0) return -1;
  const at = (i: number) => (((i % items.length) + items.length) % items.length) as number;
  for (let n = 1; n <= items.length; n++) {
    const candidate = at(current + step * n);
    if (items[candidate]?.status === 'PROPOSED') return candidate;
  }
  return Math.min(Math.max(current + step, 0), items.length - 1);
}

export function progressOf(items: readonly ReviewItem[]): { reviewed: number; total: number } {
  return { reviewed: items.filter((i) => i.status !== 'PROPOSED').length, total: items.length };
}

/**
 * PROPOSED items at or above `threshold`, in one sentence (`sentence` given) or the whole
 * source. Relationships come with their endpoints' items only when those are accepted or
 * taken too, since an accepted relationship must join accepted entities.
 */
export function acceptableAbove(
  items: readonly ReviewItem[],
  threshold: number,
  sentence: number | null,
): string[] {
  const inScope = (i: ReviewItem) => sentence === null || i.quotes.some((q) => q.sentence === sentence);
  const chosen = items.filter(
    (i) => i.status === 'PROPOSED' && (i.confidence ?? 0) >= threshold && inScope(i),
  );
  const taken = new Set(chosen.map((i) => i.id));
  const proposedIds = new Set(items.filter((i) => i.status === 'PROPOSED').map((i) => i.id));
  const endpointOk = (id: string | null) => !!id && (taken.has(id) || !proposedIds.has(id));
  const rejected = new Set(items.filter((i) => i.status === 'REJECTED').map((i) => i.id));
  return chosen
    .filter((i) => i.itemKind !== 'relationship' || (endpointOk(i.from) && endpointOk(i.to)))
    .filter((i) => !rejected.has(i.from ?? '') && !rejected.has(i.to ?? ''))
    .map((i) => i.id);
}
