import type { ReviewStatus } from '../model/review-status.js';

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

/** The review statuses a read asks for; absent means GraphClient's default (accepted only). */
export interface StatusFilter {
  status?: readonly ReviewStatus[] | null;
}

/**
 * The `statuses` param of a read whose caller asked for these statuses, or nothing, so that
 * GraphClient binds the default (accepted only).
 */
export function statusParams(status: readonly ReviewStatus[] | null | undefined): {
  statuses?: ReviewStatus[];
} {
  return status && status.length > 0 ? { statuses: [...new Set(status)] } : {};
}

/**
 * An end of a listed relationship: in the statuses asked for, or accepted, so that asking for
 * PROPOSED relationships also finds a proposal between two accepted entities.
 */
export function hasEndStatus(v: string): string {
  return `coalesce(${v}.status, 'ACCEPTED') IN $statuses + ['ACCEPTED']`;
}
