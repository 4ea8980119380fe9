import { GraphQLError } from 'graphql';

// The one place that defines the API's error codes. Clients branch on `extensions.code`;
// messages say what went wrong and what to do, and may change. docs/operations.md lists them.
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  DUPLICATE_SOURCE: 'DUPLICATE_SOURCE',
  INVARIANT_VIOLATION: 'INVARIANT_VIOLATION',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The query is over a static limit (depth, cost, aliases, tokens, directives). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The answer would be over the response size limit. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** The request ran past its deadline. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** Too many requests at once: refused before touching the database. */
  SERVER_BUSY: 'SERVER_BUSY',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** Seconds a client should wait before retrying a 503 (sent as `Retry-After`). */
export const RETRY_AFTER_SECONDS = 2;

const retryLater = { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } };

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
      extensions: { code: ERROR_CODES.DATABASE_UNAVAILABLE, http: retryLater },
    });
  }
}

/** The server (or Neo4j) has no capacity right now; retrying later should work. */
export class ServerBusyGraphQLError extends GraphQLError {
  constructor() {
    super('The server is busy with other requests. Retry in a few seconds.', {
      extensions: { code: ERROR_CODES.SERVER_BUSY, http: retryLater },
    });
  }
}

/** The request ran past its deadline: ask for less (fewer fields, smaller pages). */
export class RequestTimeoutGraphQLError extends GraphQLError {
  constructor(deadlineMs: number) {
    super(
      `The request took longer than its ${deadlineMs} ms limit. Ask for less (smaller pages, fewer nested lists) or retry later.`,
      { extensions: { code: ERROR_CODES.REQUEST_TIMEOUT, http: retryLater } },
    );
  }
}

/** True when an error (or one it wraps) has this name; by name since copies of classes may differ. */
export function hasCause(error: unknown, name: string): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if ((current as Error).name === name) return true;
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

/** True when an error raised anywhere below a resolver means Neo4j is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return hasCause(error, 'DatabaseUnavailableError');
}

/** The code of a failure the client may retry (503 with Retry-After), or undefined. */
export function retryableCode(error: unknown): ErrorCode | undefined {
  if (isDatabaseUnavailable(error)) return ERROR_CODES.DATABASE_UNAVAILABLE;
  if (hasCause(error, 'DatabaseBusyError')) return ERROR_CODES.SERVER_BUSY;
  if (hasCause(error, 'DatabaseTimeoutError')) return ERROR_CODES.REQUEST_TIMEOUT;
  return undefined;
}
