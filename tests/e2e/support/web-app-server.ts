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
      ...createAppHandlers(client, { dev: false, corsOrigins: '*' }),
    }),
  );
}
