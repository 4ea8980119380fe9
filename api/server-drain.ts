import type { Server } from 'node:http';

// SIGTERM: stop accepting, let in-flight requests finish (up to `drainMs`), close idle
// keep-alive sockets at once and each busy one as soon as its answer is sent, and only then cut
// what is left.
const SWEEP_EVERY_MS = 100;

export function closeGracefully(server: Server, drainMs: number): Promise<void> {
  return new Promise<void>((done) => {
    const cut = setTimeout(() => server.closeAllConnections(), drainMs);
    cut.unref();
    // A socket whose request was in flight is idle once answered: without the sweep it would
    // stay open until the keep-alive timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_EVERY_MS);
    sweep.unref();
    server.close(() => {
      clearTimeout(cut);
      clearInterval(sweep);
      done();
    });
    server.closeIdleConnections();
    // A keep-alive socket that becomes idle after its last response is told so, too.
    server.on('request', (_req, res) => res.setHeader('connection', 'close'));
  });
}
