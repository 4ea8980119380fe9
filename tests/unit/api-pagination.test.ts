import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  offsetToCursor,
  pageWindow,
  toConnection,
} from '../../api/pagination.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : 'not a GraphQLError';
  }
  return 'no error';
};

describe('pageWindow', () => {
  it('starts after the cursor and takes `first` items', () => {
    expect(pageWindow({ first: 5, after: offsetToCursor(9) })).toEqual({ offset: 10, limit: 5 });
  });

  it('uses the default size when no size is given', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: DEFAULT_PAGE_SIZE });
  });

  it('takes `last` items before the `before` cursor', () => {
    expect(pageWindow({ last: 3, before: offsetToCursor(10) })).toEqual({ offset: 7, limit: 3 });
  });

  it('refuses a size over the cap, a negative size and a foreign cursor as BAD_USER_INPUT', () => {
    expect(codeOf(() => pageWindow({ first: MAX_PAGE_SIZE + 1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ first: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ after: 'bm90IGEgY3Vyc29y' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ after: '%%%' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ last: 2 }))).toBe('BAD_USER_INPUT');
  });
});

describe('toConnection', () => {
  it('reports the last page and the empty page correctly', () => {
    const items = ['a', 'b', 'c'];
    const last = toConnection({ total: 3, items: items.slice(2) }, { offset: 2, limit: 5 });
    expect(last.edges.map((e) => e.node)).toEqual(['c']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const empty = toConnection({ total: 3, items: [] }, { offset: 3, limit: 5 });
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    expect(empty.totalCount).toBe(3);
  });
});
