import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ERROR_CODES } from './errors.js';

// A browser sends a form or multipart POST to any origin without asking (no CORS preflight), so
// a page elsewhere could make a visitor's browser post queries here. JSON and
// application/graphql bodies always need a preflight, which CORS then guards. GET runs only
// queries (Yoga refuses mutations over GET). Clients that really need a simple content type send
// the `graphql-require-preflight` header, which a browser cannot add cross-origin unasked.
const SIMPLE_CONTENT_TYPES = new Set([
  'text/plain',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
]);
export const PREFLIGHT_HEADER = 'graphql-require-preflight';

export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST' || request.headers.has(PREFLIGHT_HEADER)) return;
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (mediaType !== '' && !SIMPLE_CONTENT_TYPES.has(mediaType)) return;
      throw createGraphQLError(
        `POST bodies must be sent as application/json (got "${mediaType || 'no content type'}"): a form post could come from another site. Send JSON, or add the ${PREFLIGHT_HEADER} header.`,
        { extensions: { code: ERROR_CODES.BAD_USER_INPUT, http: { status: 400 } } },
      );
    },
  };
}
