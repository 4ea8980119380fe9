import { DEFAULT_READ_STATUSES, type ReviewStatus } from '../model/review-status.js';

// The one status filter of the read queries. `$statuses` is always bound: GraphClient passes
// DEFAULT_READ_STATUSES (accepted only) unless a query's params name other statuses. Items
// written before statuses existed count as accepted.
export function hasReadStatus(v: string): string {
  return `coalesce(${v}.status, 'ACCEPTED') IN $statuses`;
}

/** hasReadStatus for several variables at once, joined with AND. */
export function readable(...vars: string[]): string {
  return vars.map(hasReadStatus).join(' AND ');
}

/** The `statuses` param for a query whose caller asked for these statuses (default: accepted). */
export function statusesParam(statuses: readonly ReviewStatus[] | null | undefined): {
  statuses: ReviewStatus[];
} {
  return { statuses: statuses && statuses.length > 0 ? [...statuses] : [...DEFAULT_READ_STATUSES] };
}
