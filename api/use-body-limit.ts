import type { Plugin } from 'graphql-yoga';

// A GraphQL request is a few KB; anything much larger is a mistake or an attack. Node's HTTP
// parser never reads past Content-Length, so checking the header bounds what is read.
export const MAX_BODY_BYTES = 100 * 1024;

export function useBodyLimit(maxBytes = MAX_BODY_BYTES): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const header = request.headers.get('content-length');
      if (header === null) {
        endResponse(reject(fetchAPI, 411, 'Send the request body with a Content-Length header.'));
        return;
      }
      const length = Number(header);
      if (!Number.isFinite(length) || length > maxBytes) {
        endResponse(reject(fetchAPI, 413, `The request body is over the ${maxBytes} byte limit.`));
      }
    },
  };
}

function reject(fetchAPI: { Response: typeof Response }, status: number, message: string): Response {
  return new fetchAPI.Response(
    JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }),
    {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
}
