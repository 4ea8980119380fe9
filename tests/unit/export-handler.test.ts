import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createExportHandler } from '../../api/exports/export-handler.js';
import type { GraphClient } from '../../graph/client.js';
import { DatabaseUnavailableError } from '../../graph/errors.js';
import { ExportTooLargeError } from '../../graph/queries/export-graph.js';

// The handler's HTTP behaviour with a stand-in client: no database needed.
function createTestClient(fail: () => never): GraphClient {
  return { read: async () => fail(), readTx: async () => fail() } as unknown as GraphClient;
}

let server: Server | undefined;

async function serve(client: GraphClient, logged: unknown[] = []): Promise<string> {
  server = createServer(
    createExportHandler(client, { logError: (message, error) => logged.push(message, error) }),
  );
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise((done) => server?.close(done));
  server = undefined;
});

describe('createExportHandler', () => {
  it('answers 503 DATABASE_UNAVAILABLE with Retry-After when Neo4j is down', async () => {
    const base = await serve(
      createTestClient(() => {
        throw new DatabaseUnavailableError('Neo4j is unavailable: connection refused');
      }),
    );
    for (const path of ['/export/graph.graphml', '/export/graph.json', '/export/events.csv']) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toEqual({
        error: 'The graph database is unavailable right now. Retry in a few seconds.',
        code: 'DATABASE_UNAVAILABLE',
      });
    }
  });

  it('answers 500 without details on an unexpected failure, and logs it', async () => {
    const logged: unknown[] = [];
    const base = await serve(
      createTestClient(() => {
        throw new Error('secret internals');
      }),
      logged,
    );
    const res = await fetch(`${base}/export/graph.json`);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('secret');
    expect(JSON.parse(body)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged[0]).toBe('Export /export/graph.json failed');
  });

  it('answers 400 BAD_USER_INPUT with the count and the limit for a graph too large for one file', async () => {
    const base = await serve(
      createTestClient(() => {
        throw new ExportTooLargeError(37_951, 5_000);
      }),
    );
    for (const path of ['/export/graph.graphml', '/export/graph.json']) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({
        code: 'BAD_USER_INPUT',
        parameter: 'kinds',
        entities: 37_951,
        limit: 5_000,
        error: expect.stringContaining('Ask for fewer kinds'),
      });
    }
  });

  it('checks the parameters before touching the database', async () => {
    const base = await serve(
      createTestClient(() => {
        throw new Error('the database should not be asked');
      }),
    );
    const res = await fetch(`${base}/export/events.csv?to=tomorrow`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error:
        'Bad "to": expected a calendar date "YYYY-MM-DD" (a day that exists), got "tomorrow"; send a day such as 2025-06-01.',
      code: 'BAD_USER_INPUT',
      parameter: 'to',
    });
  });
});
