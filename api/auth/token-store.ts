import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { GraphClient } from '../../graph/client.js';

// API tokens: 256 random bits shown once, stored only as their SHA-256. A slow password hash
// (bcrypt, argon2) protects guessable secrets; a 256-bit random token cannot be guessed, so one
// fast hash is as safe and lets every request find its token by an indexed equality lookup.
export const TOKEN_ROLES = ['reader', 'editor', 'admin'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export interface TokenRecord {
  id: string;
  name: string;
  role: TokenRole;
  createdAt: string;
  revokedAt: string | null;
}

const PREFIX = 'cgt_';

export const CREATE_TOKEN = `
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), revokedAt: null})
RETURN t.id AS id`;

export const FIND_TOKEN = `
MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.revokedAt AS revokedAt`;

export const LIST_TOKENS = `
MATCH (t:ApiToken)
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.revokedAt AS revokedAt
ORDER BY t.createdAt`;

export const REVOKE_TOKEN = `
MATCH (t:ApiToken) WHERE (t.id = $idOrName OR t.name = $idOrName) AND t.revokedAt IS NULL
SET t.revokedAt = datetime()
RETURN t.id AS id, t.name AS name`;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates a token and returns its secret: the only time it exists outside the caller's hands. */
export async function createToken(
  client: GraphClient,
  name: string,
  role: TokenRole,
): Promise<{ id: string; token: string }> {
  if (!name.trim()) throw new Error('Give the token a --name (who or what uses it).');
  if (!TOKEN_ROLES.includes(role)) throw new Error(`--role must be one of ${TOKEN_ROLES.join(', ')}.`);
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = `token:${randomUUID()}`;
  await client.write(CREATE_TOKEN, { id, name: name.trim(), role, hash: hashToken(token) });
  return { id, token };
}

/** The live token this secret belongs to, or null (unknown or revoked). */
export async function findToken(client: GraphClient, token: string): Promise<TokenRecord | null> {
  if (!token.startsWith(PREFIX)) return null;
  const [row] = await client.read<TokenRecord & Record<string, unknown>>(FIND_TOKEN, {
    hash: hashToken(token),
  });
  return row ?? null;
}

export function listTokens(client: GraphClient): Promise<TokenRecord[]> {
  return client.read<TokenRecord & Record<string, unknown>>(LIST_TOKENS);
}

/** Revokes by id or name; returns what was revoked (empty when nothing matched). */
export function revokeToken(client: GraphClient, idOrName: string): Promise<{ id: string; name: string }[]> {
  return client.write<{ id: string; name: string }>(REVOKE_TOKEN, { idOrName });
}
