import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphClient } from '../graph/client.js';
import { WriteRateLimiter } from './auth/rate-limiter.js';
import { findToken } from './auth/token-store.js';
import type { AuthContext, Viewer } from './auth/viewer.js';
import { ERROR_CODES } from './errors.js';

export interface AuthOptions {
  /** When true, every request needs a valid token (reader, editor or admin). */
  requireTokenForReads: boolean;
  writesPerMinute: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = { requireTokenForReads: false, writesPerMinute: 120 };

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: ERROR_CODES.UNAUTHENTICATED, http: { status: 401 } } });

/**
 * Bearer tokens: `Authorization: Bearer <token>` names the viewer on the context (`auth`). A
 * token that is wrong or revoked is refused outright, never treated as anonymous; no token is
 * anonymous, which reads accept unless `requireTokenForReads`. Mutations check the role.
 */
export function useAuth(client: GraphClient, options: AuthOptions = DEFAULT_AUTH_OPTIONS): Plugin {
  const limiter = new WriteRateLimiter(options.writesPerMinute);
  const takeWrite = (viewer: Viewer) => limiter.take(viewer.tokenId);
  return {
    async onContextBuilding({ context, extendContext }) {
      const header = (context as { request?: Request }).request?.headers.get('authorization') ?? null;
      let viewer: Viewer | null = null;
      if (header) {
        const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
        if (!match) throw unauthenticated('The Authorization header must be `Bearer <token>`.');
        const record = await findToken(client, match[1] as string);
        if (!record) throw unauthenticated('This token is unknown or revoked. Ask an admin for a new one.');
        viewer = { tokenId: record.id, name: record.name, role: record.role };
      } else if (options.requireTokenForReads) {
        throw unauthenticated(
          'This server requires a token for every request: send `Authorization: Bearer <token>`.',
        );
      }
      const auth: AuthContext = { viewer, takeWrite };
      extendContext({ auth } as never);
    },
  };
}
