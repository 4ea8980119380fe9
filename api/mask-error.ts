import { GraphQLError } from 'graphql';
import {
  DatabaseUnavailableGraphQLError,
  ERROR_CODES,
  hasCause,
  isDatabaseUnavailable,
  RequestTimeoutGraphQLError,
  ServerBusyGraphQLError,
} from './errors.js';

/**
 * Yoga's `maskError`: our own GraphQLErrors (with codes) pass as they are; Neo4j being down,
 * busy or too slow become DATABASE_UNAVAILABLE, SERVER_BUSY or REQUEST_TIMEOUT (503 with
 * Retry-After); anything else is an INTERNAL_SERVER_ERROR whose details are shown only in
 * development (the cause stays attached as `originalError`, which is logged, never sent).
 */
export function maskError(error: unknown, message: string, isDev = false, deadlineMs = 0): Error {
  const graphqlError = isGraphQLError(error) ? error : undefined;
  const located = { nodes: graphqlError?.nodes, path: graphqlError?.path };
  const known = knownFailure(error, deadlineMs);
  if (known) return new GraphQLError(known.message, { ...located, extensions: known.extensions });
  const original = graphqlError?.originalError;
  if (graphqlError && (!original || isGraphQLError(original))) return graphqlError;
  const cause = original ?? error;
  return new GraphQLError(message, {
    ...located,
    originalError: cause instanceof Error ? cause : undefined,
    extensions: {
      code: ERROR_CODES.INTERNAL_SERVER_ERROR,
      ...(isDev && cause instanceof Error
        ? { originalError: { message: cause.message, stack: cause.stack } }
        : {}),
    },
  });
}

function knownFailure(error: unknown, deadlineMs: number): GraphQLError | undefined {
  if (isDatabaseUnavailable(error)) return new DatabaseUnavailableGraphQLError();
  if (hasCause(error, 'DatabaseBusyError')) return new ServerBusyGraphQLError();
  if (hasCause(error, 'DatabaseTimeoutError')) return new RequestTimeoutGraphQLError(deadlineMs);
  return undefined;
}

// By name, not instanceof: a bundler or test runner may load two copies of graphql-js.
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}
