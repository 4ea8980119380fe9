import { createServer } from 'node:http';
import { createGraphqlHandler } from '../../api/yoga.js';
import type { GraphClient } from '../../graph/client.js';
import { listenOnLoopback } from '../support/loopback-server.js';

// Real HTTP for the API specs: the Yoga handler on a node:http server on 127.0.0.1, port 0.
export interface ApiUnderTest {
  url: string;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: string[]; extensions?: { code?: string } }[] | undefined;
}

export async function startApi(client: GraphClient, options: { dev?: boolean } = {}): Promise<ApiUnderTest> {
  const yoga = createGraphqlHandler({ client, dev: options.dev ?? false, corsOrigins: '*' });
  const { base, close } = await listenOnLoopback(createServer(yoga));
  const url = `${base}/graphql`;
  return {
    url,
    async query(query, variables) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors };
    },
    close,
  };
}

/** The `extensions.code` of the first error, for terse assertions. */
export function firstCode(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
