import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ERROR_CODES } from './errors.js';

// Every error a client sees carries `extensions.code`, and a request refused before it ran
// answers 400 (not 200): armor's limits become QUERY_TOO_COMPLEX, variables of the wrong type
// BAD_USER_INPUT, and parse/validation failures keep Yoga's codes.
export const armorRejections = new WeakSet<GraphQLError>();

const BAD_VARIABLE = /^Variable "\$[^"]*" (got invalid value|of (required|non-null) type|of type)/;

function codeOf(error: GraphQLError): string {
  if (armorRejections.has(error)) return ERROR_CODES.QUERY_TOO_COMPLEX;
  const code = error.extensions?.code;
  if (typeof code === 'string') return code;
  return BAD_VARIABLE.test(error.message) ? ERROR_CODES.BAD_USER_INPUT : 'BAD_REQUEST';
}

function withCode(error: GraphQLError): GraphQLError {
  const code = codeOf(error);
  // Yoga marks parse/validation errors `spec: true`, which keeps them at 200 for
  // application/json clients; dropping the mark makes them the 400 they are.
  const http = (error.extensions?.http as { status?: number; spec?: boolean } | undefined) ?? {};
  if (error.extensions?.code === code && http.status && http.status !== 200 && !http.spec) return error;
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code, http: { ...http, spec: false, status: http.status ?? 400 } },
  });
}

export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      // With data, errors are per field and keep their own status (resolvers set theirs).
      if ('data' in result && result.data !== undefined) return;
      setResult({ ...result, errors: result.errors.map((error) => withCode(error as GraphQLError)) });
    },
  };
}
