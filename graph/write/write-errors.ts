// Errors of the write path. Each carries a stable code the API maps one to one onto
// `extensions.code`; messages say what is wrong, where, and what to do.
export type WriteErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVARIANT_VIOLATION'
  | 'DUPLICATE_SOURCE';

export class WriteError extends Error {
  override readonly name = 'WriteError';
  constructor(
    readonly code: WriteErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (id: string, what = 'item') =>
  new WriteError(
    'NOT_FOUND',
    `No ${what} with id "${id}" is in the graph. Find ids with \`search\` or the list queries.`,
    { id },
  );

export const badInput = (message: string, field: string) =>
  new WriteError('BAD_USER_INPUT', message, { field });

export const invariantViolation = (message: string, details: Record<string, unknown> = {}) =>
  new WriteError('INVARIANT_VIOLATION', message, details);
