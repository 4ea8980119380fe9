import { GraphQLError } from 'graphql';
import type { Author } from '../../graph/write/write-context.js';
import { ERROR_CODES } from '../errors.js';
import type { TokenRole } from './token-store.js';

// Who is calling, as resolvers see it (put on the context by api/use-auth.ts).
export interface Viewer {
  tokenId: string;
  name: string;
  role: TokenRole;
}

export interface AuthContext {
  viewer: Viewer | null;
  /** Counts one write against the viewer's rate limit; returns ms to wait, 0 when allowed. */
  takeWrite(viewer: Viewer): number;
}

/** The author of a write: the viewer with role editor or admin, or the matching error. */
export function requireWriter(auth: AuthContext | undefined): Author {
  const viewer = auth?.viewer;
  if (!viewer) {
    throw new GraphQLError(
      'Writing needs a token: send `Authorization: Bearer <token>` (create one with `npm run token -- create --name … --role editor`).',
      { extensions: { code: ERROR_CODES.UNAUTHENTICATED, http: { status: 401 } } },
    );
  }
  if (viewer.role !== 'editor' && viewer.role !== 'admin') {
    throw new GraphQLError(
      `The token "${viewer.name}" has role ${viewer.role}; writing needs editor or admin.`,
      {
        extensions: { code: ERROR_CODES.FORBIDDEN, http: { status: 403 } },
      },
    );
  }
  const waitMs = auth.takeWrite(viewer);
  if (waitMs > 0) {
    throw new GraphQLError(
      `Too many writes with the token "${viewer.name}"; retry in ${Math.ceil(waitMs / 1000)} s.`,
      {
        extensions: { code: ERROR_CODES.RATE_LIMITED, retryAfterMs: waitMs, http: { status: 429 } },
      },
    );
  }
  return { name: viewer.name, tokenId: viewer.tokenId };
}
