// Review status of everything the graph asserts (entities, relationships, statements).
// Seeded items are ACCEPTED; the write path creates PROPOSED items unless told otherwise.
export const REVIEW_STATUSES = ['PROPOSED', 'ACCEPTED', 'REJECTED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What every read answers unless a `status` argument asks for more. */
export const DEFAULT_READ_STATUSES: readonly ReviewStatus[] = ['ACCEPTED'];

export function isReviewStatus(value: string): value is ReviewStatus {
  return (REVIEW_STATUSES as readonly string[]).includes(value);
}
