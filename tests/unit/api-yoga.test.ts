import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createGraphqlHandler } from '../../api/yoga.js';
import type { GraphClient } from '../../graph/client.js';
import { DatabaseUnavailableError } from '../../graph/errors.js';

// The Yoga handler in process (yoga.fetch), over a stand-in client: transport, limits and
// error codes do not need a database.
function createTestYoga(
  overrides: { read?: () => Promise<unknown[]>; dev?: boolean; corsOrigins?: string[] | '*' } = {},
) {
  const client = { queryCount: 0, read: overrides.read ?? (async () => []) } as unknown as GraphClient;
  return createGraphqlHandler({
    client,
    dev: overrides.dev ?? false,
    corsOrigins: overrides.corsOrigins ?? '*',
  });
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('createGraphqlHandler', () => {
  it('serves GraphiQL from the local bundle without loading anything from another origin', async () => {
    const res = await createTestYoga({ dev: true }).fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|esm\.sh|googleapis/i);
  });

  it('answers a GET query as JSON', async () => {
    const res = await createTestYoga().fetch('http://localhost/graphql?query=%7B__typename%7D', {
      headers: { accept: 'application/json' },
    });
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a POST with application/graphql-response+json when the client asks for it', async () => {
    const res = await createTestYoga().fetch(
      'http://localhost/graphql',
      post({ query: '{ __typename }' }, { accept: 'application/graphql-response+json' }),
    );
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('allows only the configured origins when CORS is restricted', async () => {
    const yoga = createTestYoga({ corsOrigins: ['http://app.example'] });
    const preflight = (origin: string) =>
      yoga.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight('http://app.example')).headers.get('access-control-allow-origin')).toBe(
      'http://app.example',
    );
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'http://evil.example',
    );
  });

  it('refuses a request body over the size limit with 413', async () => {
    const query = `{ __typename ${' '.repeat(200_000)}}`;
    const res = await createTestYoga().fetch('http://localhost/graphql', post({ query }));
    expect(res.status).toBe(413);
  });

  it('refuses a malformed Content-Length with 400 before reading the body', async () => {
    let reads = 0;
    const yoga = createTestYoga({
      read: async () => {
        reads++;
        return [];
      },
    });
    for (const length of ['12, 12', '-1', 'abc']) {
      const res = await yoga.fetch(
        'http://localhost/graphql',
        post({ query: '{ stats { entityCount } }' }, { 'content-length': length }),
      );
      expect(res.status).toBe(400);
    }
    expect(reads).toBe(0);
  });

  it('refuses an over-deep query before running it', async () => {
    let reads = 0;
    const yoga = createTestYoga({
      read: async () => {
        reads++;
        return [];
      },
    });
    const deep = `{ node(id: "actor:x") { ... on Actor { events { event { participants { actor { events { event { participants { actor { events { event { name } } } } } } } } } } } } }`;
    const res = await yoga.fetch('http://localhost/graphql', post({ query: deep }));
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/depth/i);
    expect(reads).toBe(0);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: stats { entityCount }`).join(' ');
    const res = await createTestYoga().fetch('http://localhost/graphql', post({ query: `{ ${aliases} }` }));
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/alias/i);
  });

  it('answers DATABASE_UNAVAILABLE when Neo4j cannot be reached', async () => {
    const yoga = createTestYoga({
      read: async () => {
        throw new DatabaseUnavailableError('Neo4j is unavailable: connect ECONNREFUSED');
      },
    });
    const res = await yoga.fetch('http://localhost/graphql', post({ query: '{ stats { entityCount } }' }));
    const body = (await res.json()) as { errors: { extensions: { code: string }; message: string }[] };
    expect(body.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors[0]?.message).not.toContain('ECONNREFUSED');
  });

  it('masks unexpected errors outside development', async () => {
    const yoga = createTestYoga({
      read: async () => {
        throw new Error('internal detail');
      },
    });
    const res = await yoga.fetch('http://localhost/graphql', post({ query: '{ stats { entityCount } }' }));
    const text = await res.text();
    expect(text).toContain('INTERNAL_SERVER_ERROR');
    expect(text).not.toContain('internal detail');
  });

  it('answers BAD_USER_INPUT for an id that is not one of ours', async () => {
    const res = await createTestYoga().fetch(
      'http://localhost/graphql',
      post({ query: '{ node(id: "ukraine") { id } }' }),
    );
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for a well-formed id that names nothing', async () => {
    const res = await createTestYoga().fetch(
      'http://localhost/graphql',
      post({ query: '{ node(id: "actor:nobody") { id } }' }),
    );
    expect(await res.json()).toEqual({ data: { node: null } });
  });

  it('accepts the full introspection query that GraphiQL and codegen clients send in development', async () => {
    const res = await createTestYoga({ dev: true }).fetch(
      'http://localhost/graphql',
      post({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }),
    );
    const body = (await res.json()) as { data?: { __schema: unknown }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema).toBeTruthy();
  });

  it('serves neither GraphiQL nor introspection in production', async () => {
    const yoga = createTestYoga({ dev: false });
    const page = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const res = await yoga.fetch(
      'http://localhost/graphql',
      post({ query: '{ __schema { types { name } } }' }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('exposes the write mutations (issue 11)', async () => {
    const res = await createTestYoga({ dev: true }).fetch(
      'http://localhost/graphql',
      post({ query: '{ __schema { mutationType { name } } }' }),
    );
    expect(await res.json()).toEqual({ data: { __schema: { mutationType: { name: 'Mutation' } } } });
  });
});
