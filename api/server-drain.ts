import type { Server } from 'node:http';

// SIGTERM: stop accepting, let in-flight requests finish (up to `drainMs`), close idle
// keep-alive sockets at once, and only then cut what is left.
export function closeGracefully(server: Server, drainMs: number): Promise<void> {
  return new Promise<void>((done) => {
    const cut = setTimeout(() => server.closeAllConnections(), drainMs);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      done();
    });
    server.closeIdleConnections();
    // A keep-alive socket that becomes idle after its last response is closed too.
    server.on('request', (_req, res) => res.setHeader('connection', 'close'));
  });
}
