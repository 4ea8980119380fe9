import { createAppHandlers } from '../../../api/app-handlers.js';
import { createAppServer } from '../../../api/server.js';
import type { GraphClient } from '../../../graph/client.js';
import { ensureWebBuilt } from '../../support/browser.js';
import { type ListeningServer, listenOnLoopback } from '../../support/loopback-server.js';

/**
 * The request deadline of the app under test. Whichever e2e spec runs first meets the web's
 * queries cold, and on a busy machine their first runs took longer than the default 10 s: the
 * API refused them (503), the app's retries met the same, and the page never drew the graph.
 */
export const E2E_DEADLINE_MS = 60_000;

/** The built web app and the real API on 127.0.0.1, a free port, over the test Neo4j. */
export async function startWebApp(client: GraphClient): Promise<ListeningServer> {
  const webDistDir = await ensureWebBuilt();
  return listenOnLoopback(
    createAppServer({
      client,
      webDistDir,
      ...createAppHandlers(client, { dev: false, corsOrigins: '*', deadlineMs: E2E_DEADLINE_MS }),
    }),
  );
}
