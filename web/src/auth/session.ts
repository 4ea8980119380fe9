// The bearer token of this browser tab: kept in sessionStorage only, so it ends with the tab
// and is never written to disk by a "remember me". Every API call adds it when present.
const KEY = 'conflict-graph.token';

export function currentToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}

/** `Authorization` for the API, or nothing when signed out. */
export function authHeaders(): Record<string, string> {
  const token = currentToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
