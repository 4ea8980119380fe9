import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '../support/hostile-corpus.js';
import { jsonLogLines, type ProductionApp, startProductionApp } from '../support/production-app.js';
import { rawRequest } from '../support/raw-http.js';
import { testNeo4j } from '../support/test-neo4j.js';

// Issue 15: the production build (NODE_ENV=production, its own process) against the inputs that
// once took it down, and a generated corpus of malformed requests. 0 crashes, 0 server faults
// for bad input, every error with a code, no internals in any body, one log line per request.
let app: ProductionApp;

beforeAll(async () => {
  const { uri, username, password } = testNeo4j();
  app = await startProductionApp({
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    SEED_ON_START: 'false',
  });
}, 240_000);

afterAll(async () => {
  if (process.env.SHOW_APP_ERRORS)
    console.log(
      app?.lines
        .filter((l) => /"level":(40|50|60)|"status":50/.test(l))
        .slice(0, 20)
        .join('\n'),
    );
  await app?.stop();
}, 30_000);

const INTERNALS =
  /node_modules|\.[cm]?[jt]s:\d+|Neo\.(Client|Transient|Database)Error|"stack"|\/work\/|ECONNREFUSED/;
const RETRYABLE = new Set(['SERVER_BUSY', 'DATABASE_UNAVAILABLE', 'REQUEST_TIMEOUT']);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((done, fail) => {
    const url = new URL(app.base);
    const req = request({ host: url.hostname, port: url.port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
}

const graphql = (query: string, variables?: unknown) =>
  send(
    'POST',
    '/graphql',
    { 'content-type': 'application/json', accept: 'application/json' },
    JSON.stringify({ query, variables }),
  );

/** What every answer to bad input must satisfy; returns a description of what is wrong, if anything. */
function problemWith(answer: Answer): string | undefined {
  if (INTERNALS.test(answer.body)) return 'internals in the body';
  if (answer.status >= 500 && answer.status !== 503) return `status ${answer.status}`;
  if (answer.status === 503 && !answer.headers['retry-after']) return '503 without Retry-After';
  if (!String(answer.headers['content-type'] ?? '').includes('json') || answer.body === '') return undefined;
  let body: { errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(answer.body);
  } catch {
    return 'JSON content type with a body that is not JSON';
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (!code) return 'an error without extensions.code';
    if (code === 'INTERNAL_SERVER_ERROR') return 'INTERNAL_SERVER_ERROR';
    if (answer.status === 503 && !RETRYABLE.has(code)) return `503 with code ${code}`;
  }
  return undefined;
}

async function firstSourceId(): Promise<string> {
  const answer = await graphql('{ sources(first: 1) { edges { node { id } } } }');
  return (
    (JSON.parse(answer.body) as { data: { sources: { edges: { node: { id: string } }[] } } }).data.sources
      .edges[0]?.node.id ?? ''
  );
}

describe('the production app under hostile input (issue 15)', () => {
  it('answers request targets that start with // instead of crashing', async () => {
    for (const target of ['//', '///', '//a b', '//graphql', '*']) {
      const answer = await rawRequest(app.base, `GET ${target} HTTP/1.1\r\nHost: x`);
      expect(answer.status, target).toBeGreaterThanOrEqual(400);
      expect(answer.status, target).toBeLessThan(500);
    }
    expect(app.child.exitCode).toBeNull();
  });

  it('serves static files whatever their Range header says', async () => {
    for (const range of [
      'bytes=5-1',
      'bytes=0-99999999999999999999999',
      'bytes=9007199254740993-',
      'bytes=-5',
      'bytes=x-y',
    ]) {
      const answer = await send('GET', '/index.html', { range });
      expect(answer.status, range).toBe(200);
    }
    expect(app.child.exitCode).toBeNull();
  });

  it('refuses a query that fans lists out into each other (129 × 129 × 129) without running out of memory', async () => {
    const id = await firstSourceId();
    const answer = await graphql(
      `{ node(id: "${id}") { ... on Source { statements { source { statements { source { statements { source { text } } } } } } } } }`,
    );
    expect(problemWith(answer)).toBeUndefined();
    // On a loaded machine the deadline may come first: a REQUEST_TIMEOUT refusal is as good.
    expect(answer.body).toMatch(/RESPONSE_TOO_LARGE|QUERY_TOO_COMPLEX|REQUEST_TIMEOUT/);
    expect((await send('GET', '/health')).status).toBe(200);
    expect(app.child.exitCode).toBeNull();
  }, 60_000);

  it('answers ids named like Object.prototype keys as BAD_USER_INPUT', async () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const answer = await graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: [`${key}:x`, 'actor:ukraine'],
      });
      expect(problemWith(answer), key).toBeUndefined();
      expect(answer.body).toContain('BAD_USER_INPUT');
    }
  });

  it('answers malformed variables and extensions on GET with a 400 and no stack in the log', async () => {
    const before = app.lines.length;
    for (const params of ['variables=%7Bbad', 'extensions=%7Bbad', 'variables=%5B1%5D', 'variables=null']) {
      const answer = await send('GET', `/graphql?query=%7Bstats%7BentityCount%7D%7D&${params}`, {
        accept: 'application/json',
      });
      expect(problemWith(answer), params).toBeUndefined();
    }
    expect(app.lines.slice(before).join('\n')).not.toMatch(/"stack"|\n\s+at /);
  });

  it('gives armor rejections and variable type errors a code and a 400', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: stats { entityCount }`).join(' ');
    const tooMany = await graphql(`{ ${aliases} }`);
    expect(tooMany.status).toBe(400);
    expect(JSON.parse(tooMany.body).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const badVariable = await graphql('query($n: Int) { actors(first: $n) { totalCount } }', { n: 'ten' });
    expect(badVariable.status).toBe(400);
    expect(JSON.parse(badVariable.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers an impossible calendar date as BAD_USER_INPUT', async () => {
    const answer = await graphql('{ timeline(from: "2025-02-30") { totalCount } }');
    expect(problemWith(answer)).toBeUndefined();
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('has production defaults: no credentials over CORS, CSRF refused, no GraphiQL, security headers, 404 for unknown files', async () => {
    const preflight = await send('OPTIONS', '/graphql', {
      origin: 'null',
      'access-control-request-method': 'POST',
    });
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    expect(preflight.headers['access-control-allow-origin']).not.toBe('null');
    const form = await send(
      'POST',
      '/graphql',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'query=%7Bstats%7BentityCount%7D%7D',
    );
    expect(form.status).toBe(400);
    expect((await send('GET', '/graphql', { accept: 'text/html' })).body).not.toContain('GraphiQL');
    const page = await send('GET', '/', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1] ?? '/missing.js';
    const compressed = await send('GET', script, { 'accept-encoding': 'gzip' });
    expect(compressed.status).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect((await send('GET', `${script}.map`)).status).toBe(404);
    for (const path of ['/.env', '/.git/config', '/x.php', '/assets/index.js.map']) {
      expect((await send('GET', path, { accept: 'text/html' })).status, path).toBe(404);
    }
    expect((await send('GET', '/timeline', { accept: 'text/html' })).status).toBe(200);
  });

  it('survives a generated corpus of 2,000 malformed requests with no server fault and one log line each', async () => {
    const corpus = hostileCorpus(2_000);
    const logLinesBefore = jsonLogLines(app).length;
    const problems: string[] = [];
    let nextIndex = 0;
    const worker = async () => {
      for (let i = nextIndex++; i < corpus.length; i = nextIndex++) {
        const item = corpus[i];
        if (!item) continue;
        const answer = await send(item.method, item.path, item.headers, item.body).catch(
          (error: Error): Answer => ({ status: 0, headers: {}, body: `transport error: ${error.message}` }),
        );
        const problem = answer.status === 0 ? answer.body : problemWith(answer);
        if (problem)
          problems.push(
            `#${i} ${item.method} ${item.path.slice(0, 80)} ${item.body?.slice(0, 120) ?? ''}: ${problem}`,
          );
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(problems.slice(0, 10)).toEqual([]);
    expect(app.child.exitCode).toBeNull();
    const logLines = jsonLogLines(app).slice(logLinesBefore);
    // One access line each, plus at most one line when a request ran past its deadline (load).
    expect(logLines.length).toBeLessThanOrEqual(corpus.length * 2);
    expect(logLines.filter((line) => 'stack' in line)).toEqual([]);
  }, 240_000);
});
