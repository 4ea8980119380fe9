import { createGraphQLError, type Plugin } from 'graphql-yoga';

// A GraphQL request is a few KB; anything much larger is a mistake or an attack. A declared
// Content-Length over the limit is refused before reading; otherwise (chunked bodies) the
// body is read up to the limit and refused as soon as it goes over.
export const MAX_BODY_BYTES = 100 * 1024;

function tooLarge(maxBytes: number) {
  return createGraphQLError(`The request body is over the ${maxBytes} byte limit. Send a smaller query.`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } },
  });
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
      if (request.method !== 'POST' || !requestParser) return;
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      if (declared > maxBytes) throw tooLarge(maxBytes);
      setRequestParser(async (incoming) => {
        const body = await readAtMost(incoming, maxBytes);
        return requestParser(
          new fetchAPI.Request(incoming.url, { method: 'POST', headers: incoming.headers, body }),
        );
      });
    },
  };
}
