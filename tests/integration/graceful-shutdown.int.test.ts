import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProductionApp, startProductionApp } from '../support/production-app.js';
import { testNeo4j } from '../support/test-neo4j.js';

// Issue 15, item 8: SIGTERM drains. A request still in flight (its body half sent) is answered
// in full, a new connection is refused, an idle keep-alive one is closed, and the process exits 0
// well within its drain budget. The production app in its own process, on the shared Neo4j.
const DRAIN_MS = 20_000;
const QUERY = JSON.stringify({ query: '{ __typename }' });

let app: ProductionApp;

beforeAll(async () => {
  const { uri, username, password } = testNeo4j();
  app = await startProductionApp({
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    SEED_ON_START: 'false',
    SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
}, 30_000);

function open(base: string): Promise<Socket> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => done(socket));
    socket.once('error', fail);
  });
}

/** Everything the server writes on this socket until it closes it. */
function readUntilClosed(socket: Socket): Promise<string> {
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((done) => socket.once('close', () => done(Buffer.concat(chunks).toString('utf8'))));
}

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new connections and exits 0 within the drain budget', async () => {
    // An idle keep-alive connection: its last answer is complete, nothing else is coming.
    const idle = await open(app.base);
    const idleClosed = readUntilClosed(idle);
    idle.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${QUERY.length}\r\n\r\n${QUERY}`,
    );
    await expect.poll(() => idle.bytesRead, { timeout: 30_000 }).toBeGreaterThan(0);

    // The request in flight: its head and half its body have arrived when SIGTERM does.
    const busy = await open(app.base);
    const answer = readUntilClosed(busy);
    const half = Math.floor(QUERY.length / 2);
    busy.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${QUERY.length}\r\n\r\n${QUERY.slice(0, half)}`,
    );
    await new Promise((done) => setTimeout(done, 500));
    const signalled = performance.now();
    app.child.kill('SIGTERM');
    await expect.poll(() => app.lines.some((line) => line.includes('SIGTERM received'))).toBe(true);

    await expect(open(app.base)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await idleClosed;

    busy.end(QUERY.slice(half));
    const response = await answer;
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response).toContain('"__typename":"Query"');

    expect(await app.exited).toBe(0);
    const exitedAfterMs = performance.now() - signalled;
    console.log(
      `[drain] exited 0 ${exitedAfterMs.toFixed(0)} ms after SIGTERM (drain budget ${DRAIN_MS} ms)`,
    );
    expect(exitedAfterMs).toBeLessThan(DRAIN_MS);
  }, 120_000);
});
