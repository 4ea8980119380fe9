import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import compression from 'compression';
import type { GraphClient } from '../graph/client.js';
import { ERROR_CODES, RETRY_AFTER_SECONDS, retryableCode } from './errors.js';
import { checkReadiness } from './health.js';
import { type Logger, silentLogger } from './logger.js';
import { openRequestRecord, type RequestRecord } from './request-record.js';
import { setSecurityHeaders } from './security-headers.js';
import { createWebApp } from './web-app.js';

export interface AppServerOptions {
  client: GraphClient;
  /** The GraphQL handler (Yoga), mounted at /graphql. */
  graphql: RequestListener;
  /** Extra routes by path prefix (e.g. /export/), tried before the web app. */
  routes?: Record<string, RequestListener>;
  /** The built web app (web/dist); when missing, / says how to build it. */
  webDistDir: string;
  /** Development serves source maps and GraphiQL (which needs inline scripts). */
  dev?: boolean;
  log?: Logger;
  /** True when a /graphql request is to be refused 503 SERVER_BUSY before its body is read. */
  shedGraphql?: (req: IncomingMessage) => boolean;
  /** What /health reports besides the process being up, e.g. the supervised local Neo4j. */
  health?: () => { ok: boolean } & Record<string, unknown>;
}

// A slow or silent client may not hold a socket for long (Node's default is 5 minutes).
export const SOCKET_LIMITS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};
const MAX_LOGGED_PATH = 200;

/** One HTTP server for everything: health, the GraphQL API, exports and the web app. */
export function createAppServer(options: AppServerOptions): Server {
  const log = options.log ?? silentLogger;
  const dev = options.dev ?? false;
  const web = createWebApp(options.webDistDir, { dev });
  const routes = Object.entries(options.routes ?? {});
  const compress = compression();

  const route = (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (path === '/health') {
      const report = { uptimeSeconds: Math.round(process.uptime()), ...options.health?.() };
      const ok = report.ok !== false;
      if (!ok) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', ...report, ok: undefined });
    }
    if (path === '/ready') {
      void checkReadiness(options.client).then((ready) => {
        if (ready.status !== 'ok') res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        sendJson(res, ready.status === 'ok' ? 200 : 503, ready);
      });
      return;
    }
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      if (options.shedGraphql?.(req)) return sendBusy(res);
      return callHandler(options.graphql, req, res, log);
    }
    for (const [prefix, handler] of routes)
      if (path.startsWith(prefix)) return callHandler(handler, req, res, log);
    return web(req, res, path, () =>
      sendJson(res, 404, {
        error: `Nothing at ${path.slice(0, MAX_LOGGED_PATH)}`,
        code: ERROR_CODES.NOT_FOUND,
      }),
    );
  };

  const server = createServer((req, res) => {
    const record = openRequestRecord(req);
    res.setHeader('x-request-id', record.id);
    res.once('close', () => logRequest(log, req, res, record));
    try {
      const path = requestPath(req.url);
      setSecurityHeaders(res, { csp: !(dev && path?.startsWith('/graphql')) });
      if (path === undefined)
        return sendJson(res, 400, {
          error: 'The request target must be a path starting with /.',
          code: ERROR_CODES.BAD_USER_INPUT,
        });
      compress(req as never, res as never, () => {
        try {
          route(req, res, path);
        } catch (error) {
          failRequest(res, error, log, record);
        }
      });
    } catch (error) {
      failRequest(res, error, log, record);
    }
  });
  server.headersTimeout = SOCKET_LIMITS.headersTimeoutMs;
  server.requestTimeout = SOCKET_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = SOCKET_LIMITS.keepAliveTimeoutMs;
  // A malformed request line or header never reaches the handler: answer 400 and close.
  server.on('clientError', (_error, socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/** The path of a request target, without the query; undefined when it is not origin-form. */
export function requestPath(url: string | undefined): string | undefined {
  if (!url?.startsWith('/')) return undefined;
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function callHandler(handler: RequestListener, req: IncomingMessage, res: ServerResponse, log: Logger) {
  const result = handler(req, res) as unknown;
  if (result instanceof Promise) result.catch((error: unknown) => failRequest(res, error, log));
}

// The last line of defence for one request: a database that is away, busy or slow is a 503
// the client may retry; anything else is logged once and answered 500 if nothing was sent yet.
function failRequest(res: ServerResponse, error: unknown, log: Logger, record?: RequestRecord): void {
  const retryable = retryableCode(error);
  if (retryable && !res.headersSent) {
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    sendJson(res, 503, {
      error: 'The graph database cannot answer right now. Retry in a few seconds.',
      code: retryable,
    });
    return;
  }
  const cause = error instanceof Error ? error : new Error(String(error));
  log.error({ requestId: record?.id, error: cause.message, stack: cause.stack }, 'request failed');
  if (!res.headersSent) {
    sendJson(res, 500, { error: 'Unexpected error.', code: ERROR_CODES.INTERNAL_SERVER_ERROR });
  } else res.destroy();
}

function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, record: RequestRecord): void {
  log.info(
    {
      requestId: record.id,
      method: req.method,
      path: requestPath(req.url)?.slice(0, MAX_LOGGED_PATH),
      status: res.statusCode,
      ms: Math.round((performance.now() - record.startedAt) * 10) / 10,
      operation: record.operationName,
      cypher: record.cypherCount || undefined,
      errors: record.errorCodes.length ? record.errorCodes : undefined,
      aborted: res.writableFinished ? undefined : true,
    },
    'request',
  );
}

// A GraphQL-shaped refusal, as Yoga would answer SERVER_BUSY, without parsing anything.
function sendBusy(res: ServerResponse): void {
  res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  sendJson(res, 503, {
    errors: [
      {
        message: 'The server is busy with other requests. Retry in a few seconds.',
        extensions: { code: ERROR_CODES.SERVER_BUSY },
      },
    ],
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
