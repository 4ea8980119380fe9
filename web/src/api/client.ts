import { authHeaders } from '../auth/session.js';

// One way to call the API: POST /graphql, typed result, and one error type that says what went
// wrong in words a user can act on (the banner shows `message`).

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'database' | 'graphql';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }

  /** Worth retrying: the server or database may come back. */
  get transient(): boolean {
    return this.kind !== 'graphql';
  }
}

export interface GraphqlErrorBody {
  message: string;
  extensions?: { code?: string };
}

export const API_PATH = '/graphql';
const TIMEOUT_MS = 20_000;

/** The ApiError for a GraphQL error list (pure, so it is unit-tested). */
export function errorFromGraphql(errors: readonly GraphqlErrorBody[]): ApiError {
  const first = errors[0];
  const code = first?.extensions?.code ?? null;
  if (code === 'DATABASE_UNAVAILABLE') {
    return new ApiError('database', 'The graph database is not reachable right now.', code);
  }
  return new ApiError('graphql', first?.message ?? 'The API answered with an error.', code);
}

export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
  /** Writes such as ingesting an article may need longer than a read. */
  timeoutMs = TIMEOUT_MS,
): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(API_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...authHeaders(),
      },
      body: JSON.stringify({ query, variables }),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new ApiError('timeout', 'The API did not answer in time.');
    throw new ApiError('network', 'Cannot reach the API server.');
  }
  type Body = { data?: T | null; errors?: GraphqlErrorBody[] };
  const body = (await response.json().catch(() => null)) as Body | null;
  if (body?.errors?.length) throw errorFromGraphql(body.errors);
  if (!response.ok || !body?.data) {
    throw new ApiError(
      'http',
      `The API server answered ${response.status} ${response.statusText}`.trim(),
      `HTTP_${response.status}`,
    );
  }
  return body.data;
}
