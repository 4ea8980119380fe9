import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, firstCode, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// GraphQL over HTTP as standard clients (curl, Python requests/gql, Apollo) use it, and the
// limits that make the endpoint safe to expose.
let client: GraphClient;
let api: AppUnderTest;

beforeAll(async () => {
  client = await connectTestClient();
  api = await startAppUnderTest(client);
});

afterAll(async () => {
  await api?.close();
  await client?.close();
});

describe('GraphQL over HTTP', () => {
  it('answers GET with a query string, needing no special header', async () => {
    const url = `${api.graphqlUrl}?query=${encodeURIComponent('{ node(id: "actor:ukraine") { id } }')}`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { node: { id: 'actor:ukraine' } } });
  });

  it('answers POST in application/graphql-response+json when asked, with variables', async () => {
    const res = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { node(id: $id) { id } }',
        variables: { id: 'place:istanbul' },
      }),
    });
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await res.json()).toEqual({ data: { node: { id: 'place:istanbul' } } });
  });

  it('works from Python with nothing but the standard library', async () => {
    const script = [
      'import json, sys, urllib.request',
      'body = json.dumps({"query": "query($q: String!) { search(query: $q) { entity { id } } }", "variables": {"q": "Kyiv"}}).encode()',
      'req = urllib.request.Request(sys.argv[1], data=body, headers={"Content-Type": "application/json"})',
      'print(json.load(urllib.request.urlopen(req))["data"]["search"][0]["entity"]["id"])',
    ].join('\n');
    // Asynchronously: the server under test lives in this process.
    const { stdout } = await promisify(execFile)('python3', ['-c', script, api.graphqlUrl], {
      encoding: 'utf8',
    });
    expect(stdout.trim()).toBe('actor:ukraine');
  });

  it('serves GraphiQL to a browser in development (production keeps it off)', async () => {
    const devApi = await startAppUnderTest(client, { dev: true });
    try {
      const res = await fetch(devApi.graphqlUrl, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    } finally {
      await devApi.close();
    }
  });

  it('sends CORS headers', async () => {
    const res = await fetch(api.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://notebook.local', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeTruthy();
  });
});

describe('limits', () => {
  it('refuses an over-deep query', async () => {
    const res = await api.query(
      '{ node(id: "actor:ukraine") { ... on Actor { events { event { participants { actor { events { event { participants { actor { events { event { name } } } } } } } } } } } } }',
    );
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/depth limit/i);
  });

  it('refuses an over-costly query', async () => {
    const res = await api.query(
      '{ events(first: 100) { edges { node { participants { actor { events { event { participants { actor { name aliases evidence { text start end source { title outlet } } claims { claim { name } } } } } } } } } } } }',
    );
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/over the limit/i);
  });

  it('refuses a body over the size limit', async () => {
    const res = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { entityCount } } #${'x'.repeat(200_000)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('caps page sizes', async () => {
    expect(firstCode(await api.query('{ actors(first: 101) { totalCount } }'))).toBe('BAD_USER_INPUT');
    expect(firstCode(await api.query('{ search(query: "x", first: 51) { score } }'))).toBe('BAD_USER_INPUT');
    expect(
      firstCode(await api.query('{ neighborhood(id: "actor:ukraine", limit: 501) { truncated } }')),
    ).toBe('BAD_USER_INPUT');
  });
});
