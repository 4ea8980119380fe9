import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createGraphqlHandler } from '../../api/yoga.js';
import type { GraphClient } from '../../graph/client.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../graph/errors.js';

// Issue 15, item 9: one log line per error, never a stack for a failure the client caused or may
// retry. The Yoga handler in process, with a logger that keeps its lines.
function createLoggedYoga(read: () => Promise<unknown[]>) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const client = { queryCount: 0, read } as unknown as GraphClient;
  const yoga = createGraphqlHandler({
    client,
    dev: false,
    corsOrigins: '*',
    log: pino({ level: 'info' }, sink),
  });
  const query = (text: string) =>
    yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text }),
    });
  return { lines, query };
}

// Three root fields that each read: three errors in one answer.
const THREE_READS = '{ a: stats { entityCount } b: stats { entityCount } c: stats { entityCount } }';

describe('error logging', () => {
  it('logs nothing for a request past its deadline: the access log carries its code', async () => {
    const { lines, query } = createLoggedYoga(async () => {
      throw new DatabaseTimeoutError('The request ran out of time (deadline passed or client left).');
    });
    const res = await query(THREE_READS);
    expect(res.status).toBe(503);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('REQUEST_TIMEOUT');
    expect(lines).toEqual([]);
  });

  it('logs nothing when Neo4j is unavailable', async () => {
    const { lines, query } = createLoggedYoga(async () => {
      throw new DatabaseUnavailableError('Neo4j is unavailable: connection refused');
    });
    expect((await query(THREE_READS)).status).toBe(503);
    expect(lines).toEqual([]);
  });

  it('logs an unexpected error once per error, with its stack', async () => {
    const { lines, query } = createLoggedYoga(async () => {
      throw new Error('a bug in a query function');
    });
    await query('{ stats { entityCount } }');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'unexpected error', error: 'a bug in a query function' });
    expect(lines[0]?.stack).toMatch(/a bug in a query function/);
  });
});
