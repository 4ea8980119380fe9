import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

// The built web app (web/dist). sirv serves the files; around it:
// - `Range` is dropped: sirv turns some ranges (bytes=5-1, a huge end) into a throw, and the
//   app's files are small, so the whole file (200) is a valid answer to any Range (RFC 9110).
// - source maps are served only in development;
// - unknown paths fall back to index.html only for browser navigations (GET/HEAD wanting HTML,
//   no file extension, no dot-segment), so `/.env` or `/x.php` is a plain 404.
export type WebApp = (req: IncomingMessage, res: ServerResponse, path: string, notFound: () => void) => void;

const NAVIGATION_PATH = /^(\/[\w~:@-][\w~.:@-]*)*\/?$/;

export function createWebApp(distDir: string, options: { dev: boolean }): WebApp {
  if (!existsSync(distDir)) return missingWebApp;
  const files = sirv(distDir, { single: false, etag: true, gzip: true, brotli: true, dev: false });
  return (req, res, path, notFound) => {
    delete req.headers.range;
    if (!options.dev && path.endsWith('.map')) return notFound();
    files(req, res, () => {
      if (!isNavigation(req, path)) return notFound();
      req.url = '/';
      files(req, res, notFound);
    });
  };
}

function isNavigation(req: IncomingMessage, path: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return (
    (req.headers.accept ?? '').includes('text/html') &&
    NAVIGATION_PATH.test(path) &&
    !lastSegment.includes('.')
  );
}

function missingWebApp(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(
    'The web app is not built. Run `npm run build:web` (npm start does it for you). The API is at /graphql.\n',
  );
}
