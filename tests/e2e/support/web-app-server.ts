import { createAppHandlers } from '../../../api/app-handlers.js';
import { createAppServer } from '../../../api/server.js';
import type { GraphClient } from '../../../graph/client.js';
import { ensureWebBuilt } from '../../support/browser.js';
import { type ListeningServer, listenOnLoopback } from '../../support/loopback-server.js';

/** The built web app and the real API on 127.0.0.1, a free port, over the test Neo4j. */
export async function startWebApp(client: GraphClient): Promise<ListeningServer> {
  const webDistDir = await ensureWebBuilt();
  return listenOnLoopback(
    createAppServer({
      client,
      webDistDir,
      // The first reads after the seed are cold and the machine is shared: a request deadline
      // for that (the default 10 s refused the first page loads; the app retries, but only so often).
      ...createAppHandlers(client, { dev: false, corsOrigins: '*', deadlineMs: 60_000 }),
    }),
  );
}
