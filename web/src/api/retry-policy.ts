// When to ask again. A 503 with Retry-After is the API saying "busy, cold or briefly without
// Neo4j: try again shortly" (docs/operations.md); a read is safe to repeat, so the app waits as
// told and retries a few times before it shows the banner. Anything else fails at once.

export const MAX_ATTEMPTS = 3;
/** A server asking for longer than this is treated as down: the banner's Retry is the user's call. */
const MAX_WAIT_SECONDS = 10;

export interface RefusedResponse {
  status: number;
  /** The Retry-After header, when the server sent one. */
  retryAfter: string | null;
}

/** Milliseconds to wait before attempt `attempt + 1` of a read, or null to stop (pure). */
export function retryDelayMs(response: RefusedResponse, attempt: number): number | null {
  if (attempt >= MAX_ATTEMPTS || response.status !== 503 || response.retryAfter === null) return null;
  const seconds = Number(response.retryAfter.trim());
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_WAIT_SECONDS) return null;
  return seconds * 1000 * attempt;
}

/** Only queries are repeated: a mutation that timed out may still have been written. */
export function isRepeatable(query: string): boolean {
  return !/^\s*mutation\b/.test(query.replace(/^\s*(#[^\n]*\n\s*)*/, ''));
}
