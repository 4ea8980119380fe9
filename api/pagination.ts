import { decodeBase64, encodeBase64 } from '@pothos/core';
import type { Page, PageWindow } from '../graph/queries/page.js';
import { BadUserInputError } from './errors.js';

// Offset cursors over a stable sort. Page sizes are capped; a cursor this API did not hand
// out, or a size out of range, is a BAD_USER_INPUT error rather than a silent default.
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const CURSOR_PREFIX = 'OffsetConnection:';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function offsetToCursor(offset: number): string {
  return encodeBase64(`${CURSOR_PREFIX}${offset}`);
}

export function cursorToOffset(cursor: string, argument: string): number {
  let decoded = '';
  try {
    decoded = decodeBase64(cursor);
  } catch {
    // falls through to the error below
  }
  const match = /^OffsetConnection:(\d{1,9})$/.exec(decoded);
  if (!match) {
    throw new BadUserInputError(
      `"${cursor}" is not a cursor of this API. Pass a cursor from pageInfo.endCursor or an edge.`,
      argument,
    );
  }
  return Number(match[1]);
}

export function checkPageSize(value: number | null | undefined, argument: string): void {
  if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw new BadUserInputError(
      `"${argument}" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}.`,
      argument,
    );
  }
}

/** The slice of the sorted list that the connection arguments ask for. */
export function pageWindow(args: ConnectionArgs): PageWindow {
  checkPageSize(args.first, 'first');
  checkPageSize(args.last, 'last');
  const start = args.after ? cursorToOffset(args.after, 'after') + 1 : 0;
  let end = args.before ? cursorToOffset(args.before, 'before') : Number.POSITIVE_INFINITY;
  end = Math.max(end, start);
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.first == null && args.last == null) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  let offset = start;
  if (args.last != null) {
    if (end === Number.POSITIVE_INFINITY) {
      throw new BadUserInputError('"last" needs "before" (or "first") to say where the page ends.', 'last');
    }
    offset = Math.max(start, end - args.last);
  }
  return { offset, limit: Math.min(end - offset, MAX_PAGE_SIZE) };
}

export function toConnection<T>(page: Page<T>, window: PageWindow): Connection<T> {
  const edges = page.items.map((node, index) => ({ cursor: offsetToCursor(window.offset + index), node }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasPreviousPage: window.offset > 0,
      hasNextPage: window.offset + edges.length < page.total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
