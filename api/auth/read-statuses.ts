import { GraphQLError } from 'graphql';
import {
  DEFAULT_READ_STATUSES,
  REVIEW_STATUSES,
  type ReviewStatus,
} from '../../graph/model/review-status.js';
import type { ApiContext } from '../context.js';
import { BadUserInputError, ERROR_CODES } from '../errors.js';

// Who may read which review statuses. ACCEPTED items are what the graph asserts: public, unless
// REQUIRE_TOKEN_FOR_READS. PROPOSED and REJECTED items are unreviewed or refused material (often
// machine-made), so they are read with a token only, any role (a reader token is enough):
// a server that publishes its graph does not publish its review queue with it.

/** The statuses this caller may see when fetching an item by id. */
export function visibleStatuses(ctx: ApiContext): readonly ReviewStatus[] {
  return ctx.auth?.viewer ? REVIEW_STATUSES : DEFAULT_READ_STATUSES;
}

/**
 * The statuses a list's `status` argument asks for, checked against the caller; null for the
 * default (accepted only).
 */
export function askedStatuses(
  status: readonly ReviewStatus[] | null | undefined,
  ctx: ApiContext,
): ReviewStatus[] | null {
  if (status == null) return null;
  if (status.length === 0) {
    throw new BadUserInputError(
      `"status" must name at least one of ${REVIEW_STATUSES.join(', ')} (leave it out for ACCEPTED).`,
      'status',
    );
  }
  const unreviewed = status.filter((s) => !DEFAULT_READ_STATUSES.includes(s));
  if (unreviewed.length > 0 && !ctx.auth?.viewer) {
    throw new GraphQLError(
      `Reading ${[...new Set(unreviewed)].join(' or ')} items needs a token: send \`Authorization: Bearer <token>\` (any role; create one with \`npm run token -- create --name … --role reader\`), or leave "status" out for accepted items.`,
      { extensions: { code: ERROR_CODES.UNAUTHENTICATED, argument: 'status', http: { status: 401 } } },
    );
  }
  return [...new Set(status)];
}

/** Refuses an anonymous read of one item (its history) whose status only token holders see. */
export function requireVisible(item: { id: string; status: string }, ctx: ApiContext): void {
  if (visibleStatuses(ctx).includes(item.status as ReviewStatus)) return;
  throw new GraphQLError(
    `"${item.id}" is ${item.status}: its history is read with a token only. Send \`Authorization: Bearer <token>\` (any role).`,
    { extensions: { code: ERROR_CODES.UNAUTHENTICATED, argument: 'id', http: { status: 401 } } },
  );
}

/** Refuses an anonymous caller a read that is about the review queue itself. */
export function requireReviewer(ctx: ApiContext, field: string): void {
  if (ctx.auth?.viewer) return;
  throw new GraphQLError(
    `${field} shows material under review and is read with a token only. Send \`Authorization: Bearer <token>\` (any role).`,
    { extensions: { code: ERROR_CODES.UNAUTHENTICATED, http: { status: 401 } } },
  );
}
