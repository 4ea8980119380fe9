import { existsSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import sirv from 'sirv';
import type { GraphClient } from '../graph/client.js';
import { checkReadiness } from './health.js';

export interface AppServerOptions {
  client: GraphClient;
  /** The GraphQL handler (Yoga), mounted at /graphql. */
  graphql: RequestListener;
  /** Extra routes by path prefix (e.g. /export/), tried before the web app. */
  routes?: Record<string, RequestListener>;
  /** The built web app (web/dist); when missing, / says how to build it. */
  webDistDir: string;
}

/** One HTTP server for everything: health, the GraphQL API, exports and the web app. */
export function createAppServer(options: AppServerOptions): Server {
  const web = existsSync(options.webDistDir)
    ? sirv(options.webDistDir, { single: true, etag: true, gzip: true, dev: false })
    : missingWebApp;
  const routes = Object.entries(options.routes ?? {});

  return createServer((req, res) => {
    // Every API request comes here: the exact endpoint skips building a URL.
    if (req.url === '/graphql') return options.graphql(req, res);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health')
      return sendJson(res, 200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
    if (path === '/ready') {
      void checkReadiness(options.client).then((ready) =>
        sendJson(res, ready.status === 'ok' ? 200 : 503, ready),
      );
      return;
    }
    if (path === '/graphql' || path.startsWith('/graphql/')) return options.graphql(req, res);
    for (const [prefix, handler] of routes) if (path.startsWith(prefix)) return handler(req, res);
    return web(req, res, () => sendJson(res, 404, { error: `Nothing at ${path}` }));
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function missingWebApp(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(
    'The web app is not built. Run `npm run build:web` (npm start does it for you). The API is at /graphql.\n',
  );
}
