import { decodeBase64, encodeBase64 } from '@pothos/core';
import type { TimelineSeek } from '../graph/queries/list-timeline-events.js';
import { BadUserInputError } from './errors.js';
import { type ConnectionArgs, checkPageSize, DEFAULT_PAGE_SIZE } from './pagination.js';

// Timeline cursors name a place in the stored order (an event's timelineRank), not an offset,
// so the next page is a seek in the rank index rather than a skip over everything before it.
const PREFIX = 'TimelineCursor:';

export function rankToCursor(rank: number): string {
  return encodeBase64(`${PREFIX}${rank}`);
}

export function cursorToRank(cursor: string, argument: string): number {
  let decoded = '';
  try {
    decoded = decodeBase64(cursor);
  } catch {
    // falls through to the error below
  }
  const match = /^TimelineCursor:(\d{1,15})$/.exec(decoded);
  if (!match) {
    throw new BadUserInputError(
      `"${cursor}" is not a timeline cursor. Pass a cursor from this field's pageInfo or edges.`,
      argument,
    );
  }
  return Number(match[1]);
}

/** The seek the connection arguments ask for; one extra row tells whether more follow. */
export function timelineSeek(args: ConnectionArgs): TimelineSeek & { size: number } {
  checkPageSize(args.first, 'first');
  checkPageSize(args.last, 'last');
  const backwards = args.first == null && args.last != null;
  const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  return {
    afterRank: args.after ? cursorToRank(args.after, 'after') : null,
    beforeRank: args.before ? cursorToRank(args.before, 'before') : null,
    limit: size + 1,
    backwards,
    size,
  };
}
