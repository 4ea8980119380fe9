import { Neo4jError } from 'neo4j-driver';

// Errors of the graph layer. The API maps them to GraphQL error codes (api/errors.ts).

/** Neo4j cannot be reached (down, restarting, network gone). Retrying later may succeed. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Neo4j is up but has no capacity for this query now (pool full, transient contention). */
export class DatabaseBusyError extends Error {
  override readonly name = 'DatabaseBusyError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The query ran past its time limit (the transaction timeout or the request's deadline). */
export class DatabaseTimeoutError extends Error {
  override readonly name = 'DatabaseTimeoutError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export type DriverErrorKind = 'unavailable' | 'busy' | 'timeout' | 'other';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

// The driver raises a full pool with code 'N/A': only its message tells it apart.
const POOL_FULL = /connection acquisition timed out/i;
const SOCKET_FAILURE = /ECONNREFUSED|ECONNRESET|EPIPE|connection.*(closed|refused)/i;

/**
 * What a driver error means for the caller, by the driver's class and code first and its
 * message only where the driver gives nothing else. Only 'unavailable' opens the breaker.
 */
export function classifyDriverError(error: unknown): DriverErrorKind {
  if (error instanceof DatabaseUnavailableError) return 'unavailable';
  if (error instanceof DatabaseBusyError) return 'busy';
  if (error instanceof DatabaseTimeoutError) return 'timeout';
  if (!(error instanceof Error)) return 'other';
  if (POOL_FULL.test(error.message)) return 'busy';
  if (error instanceof Neo4jError) {
    if (TIMEOUT_CODES.has(error.code)) return 'timeout';
    if (UNAVAILABLE_CODES.has(error.code)) return 'unavailable';
    if (error.code.startsWith('Neo.TransientError')) return 'busy';
  }
  return SOCKET_FAILURE.test(error.message) ? 'unavailable' : 'other';
}

export function isUnavailable(error: unknown): boolean {
  return classifyDriverError(error) === 'unavailable';
}

/** Wraps driver errors in the graph layer's classes; anything else passes as it is. */
export function translateDriverError(error: unknown): unknown {
  const kind = classifyDriverError(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (kind === 'unavailable' && !(error instanceof DatabaseUnavailableError))
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${detail}`, { cause: error });
  if (kind === 'busy' && !(error instanceof DatabaseBusyError))
    return new DatabaseBusyError(`Neo4j is busy: ${detail}`, { cause: error });
  if (kind === 'timeout' && !(error instanceof DatabaseTimeoutError))
    return new DatabaseTimeoutError(`The query ran out of time: ${detail}`, { cause: error });
  return error;
}
