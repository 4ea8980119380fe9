import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError } from '../graph/errors.js';

// The one place that defines the API's error codes. Clients branch on `extensions.code`;
// messages say what went wrong and what to do, and may change.
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** An argument the client sent cannot be used (bad id, bad cursor, out-of-range number). */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ERROR_CODES.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
  }
}

/** A well-formed id that names nothing in the graph. */
export class NotFoundError extends GraphQLError {
  constructor(id: string) {
    super(`Nothing with id "${id}" is in the graph. Find ids with \`search\` or the list queries.`, {
      extensions: { code: ERROR_CODES.NOT_FOUND, id },
    });
  }
}

/** Neo4j cannot be reached; retrying later should work, the API reconnects by itself. */
export class DatabaseUnavailableGraphQLError extends GraphQLError {
  constructor(options?: { cause?: unknown }) {
    super('The graph database is unavailable right now. Retry in a few seconds.', {
      originalError: options?.cause instanceof Error ? options.cause : undefined,
      extensions: { code: ERROR_CODES.DATABASE_UNAVAILABLE },
    });
  }
}

/** True when an error raised anywhere below a resolver means Neo4j is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (
      current instanceof DatabaseUnavailableError ||
      (current as Error).name === 'DatabaseUnavailableError'
    ) {
      return true;
    }
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}
