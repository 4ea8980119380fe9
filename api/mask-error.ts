import { GraphQLError } from 'graphql';
import { DatabaseUnavailableGraphQLError, ERROR_CODES, isDatabaseUnavailable } from './errors.js';

/**
 * Yoga's `maskError`: our own GraphQLErrors (with codes) pass as they are; Neo4j being down
 * becomes DATABASE_UNAVAILABLE; anything else is an INTERNAL_SERVER_ERROR whose details are
 * shown only in development.
 */
export function maskError(error: unknown, message: string, isDev = false): Error {
  const graphqlError = isGraphQLError(error) ? error : undefined;
  const located = { nodes: graphqlError?.nodes, path: graphqlError?.path };
  if (isDatabaseUnavailable(error)) {
    const unavailable = new DatabaseUnavailableGraphQLError({ cause: error });
    return new GraphQLError(unavailable.message, { ...located, extensions: unavailable.extensions });
  }
  const original = graphqlError?.originalError;
  if (graphqlError && (!original || isGraphQLError(original))) return graphqlError;
  const cause = original ?? error;
  return new GraphQLError(message, {
    ...located,
    extensions: {
      code: ERROR_CODES.INTERNAL_SERVER_ERROR,
      ...(isDev && cause instanceof Error
        ? { originalError: { message: cause.message, stack: cause.stack } }
        : {}),
    },
  });
}

// By name, not instanceof: a bundler or test runner may load two copies of graphql-js.
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}
