import { createGraphQLError, type Plugin } from 'graphql-yoga';

// A GraphQL request is a few KB; anything much larger is a mistake or an attack. A declared
// Content-Length over the limit is refused before reading; otherwise (chunked bodies) the
// body is read up to the limit and refused as soon as it goes over. This plugin replaces
// Yoga's own body limit (`maxRequestBodySize: false` in yoga.ts), which would pipe every body
// through a second web-stream transform: so it also refuses a malformed Content-Length, as
// Yoga's does (only one non-negative integer is valid; anything else smells of smuggling).
export const MAX_BODY_BYTES = 100 * 1024;

const CONTENT_LENGTH = /^\d+$/;

function tooLarge(maxBytes: number) {
  return createGraphQLError(`The request body is over the ${maxBytes} byte limit. Send a smaller query.`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } },
  });
}

function badContentLength(value: string) {
  return createGraphQLError(
    `The Content-Length header "${value}" is not one non-negative integer. Send the body's size in bytes.`,
    { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
  );
}

async function readAtMost(request: Request, maxBytes: number): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function useBodyLimit(maxBytes = MAX_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw badContentLength(declared);
        if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
      }
      if (request.method !== 'POST' || !requestParser) return;
      setRequestParser(async (incoming) => {
        const body = await readAtMost(incoming, maxBytes);
        return requestParser(
          new fetchAPI.Request(incoming.url, { method: 'POST', headers: incoming.headers, body }),
        );
      });
    },
  };
}
