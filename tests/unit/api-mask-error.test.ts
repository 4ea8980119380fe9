import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, NotFoundError } from '../../api/errors.js';
import { maskError } from '../../api/mask-error.js';
import { DatabaseUnavailableError } from '../../graph/errors.js';

const located = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['node'] });

describe('maskError', () => {
  it('passes our coded errors through unchanged', () => {
    const error = located(new NotFoundError('actor:nobody'));
    expect(maskError(error, 'Unexpected error.')).toBe(error);
    expect((maskError(located(new BadUserInputError('bad')), 'x') as GraphQLError).extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('turns an unreachable Neo4j into DATABASE_UNAVAILABLE, keeping the path', () => {
    const masked = maskError(
      located(new DatabaseUnavailableError('gone')),
      'Unexpected error.',
    ) as GraphQLError;
    expect(masked.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(masked.path).toEqual(['node']);
  });

  it('masks non GraphQLError instances as INTERNAL_SERVER_ERROR, with details only in development', () => {
    const prod = maskError(located(new Error('secret detail')), 'Unexpected error.', false) as GraphQLError;
    expect(prod.message).toBe('Unexpected error.');
    expect(prod.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const dev = maskError(located(new Error('secret detail')), 'Unexpected error.', true) as GraphQLError;
    expect(JSON.stringify(dev.extensions)).toContain('secret detail');
  });
});
