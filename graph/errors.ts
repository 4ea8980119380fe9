import { Neo4jError } from 'neo4j-driver';

// Errors of the graph layer. The API maps them to GraphQL error codes (api/errors.ts).

/** Neo4j cannot be reached (down, restarting, network gone). Retrying later may succeed. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (error instanceof Neo4jError) {
    return UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError');
  }
  if (error instanceof Error) {
    return /ECONNREFUSED|ECONNRESET|EPIPE|connection.*(closed|refused|acquisition timed out)/i.test(
      error.message,
    );
  }
  return false;
}

/** Wraps driver errors: connectivity problems become DatabaseUnavailableError, the rest pass. */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  if (isUnavailable(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${detail}`, { cause: error });
  }
  return error;
}
