import { GraphQLError } from 'graphql';
import type { Author } from '../../../graph/write/write-context.js';
import { WriteError } from '../../../graph/write/write-errors.js';
import { requireWriter } from '../../auth/viewer.js';
import type { ApiContext } from '../../context.js';

// What every mutation resolver does around its one call into graph/write: check the token and
// its rate, then turn the write path's typed errors into GraphQL errors with the same code.
// Database outages pass through to maskError, which answers DATABASE_UNAVAILABLE.
export async function runMutation<T>(ctx: ApiContext, work: (author: Author) => Promise<T>): Promise<T> {
  const author = requireWriter(ctx.auth);
  try {
    return await work(author);
  } catch (error) {
    if (error instanceof WriteError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
    }
    throw error;
  }
}
