import { authHeaders } from '../auth/session.js';
import { isRepeatable, retryDelayMs } from './retry-policy.js';

// One way to call the API: POST /graphql, typed result, and one error type that says what went
// wrong in words a user can act on (the banner shows `message`). Reads the server refuses with
// Retry-After are asked again (retry-policy.ts) before anything reaches the banner.

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
  for (let attempt = 1; ; attempt++) {
    const { response, body } = await post<T>(query, variables, signal, timeoutMs);
    const wait = isRepeatable(query)
      ? retryDelayMs({ status: response.status, retryAfter: response.headers.get('retry-after') }, attempt)
      : null;
    if (wait !== null) {
      await pause(wait, signal);
      continue;
    }
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
}

type Body<T> = { data?: T | null; errors?: GraphqlErrorBody[] };

async function post<T>(
  query: string,
  variables: Record<string, unknown>,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ response: Response; body: Body<T> | null }> {
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
  const body = (await response.json().catch(() => null)) as Body<T> | null;
  return { response, body };
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done, fail) => {
    if (signal?.aborted) return fail(signal.reason);
    const timer = setTimeout(done, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        fail(signal.reason);
      },
      { once: true },
    );
  });
}
