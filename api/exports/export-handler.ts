import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { GraphClient } from '../../graph/client.js';
import { ExportTooLargeError, exportGraph } from '../../graph/queries/export-graph.js';
import { findToken } from '../auth/token-store.js';
import { DatabaseBreaker } from '../database-breaker.js';
import { ERROR_CODES, isDatabaseUnavailable, RETRY_AFTER_SECONDS, retryableCode } from '../errors.js';
import { sendJson } from '../server.js';
import { eventsToCsv } from './events-csv.js';
import {
  EventsExportParams,
  ExportInputError,
  GraphExportParams,
  readExportParams,
} from './export-params.js';
import { graphToCytoscape } from './graph-cytoscape.js';
import { graphToGraphml } from './graph-graphml.js';
import { loadEventsExport } from './load-events-export.js';

// The file exports under /export/: the graph for Gephi and networkx (GraphML) and for Cytoscape
// (JSON), the events for spreadsheets and pandas (CSV). GET or HEAD; filters in the query string.

export const EXPORT_PREFIX = '/export/';

// The API's codes (api/errors.ts) plus the one only plain HTTP routes need.
const METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED';

interface ExportSpec {
  contentType: string;
  description: string;
  parameters: string[];
  render: (client: GraphClient, search: URLSearchParams) => Promise<string>;
}

const GRAPH_PARAMETERS = Object.keys(GraphExportParams.shape);

export const EXPORTS: Record<string, ExportSpec> = {
  'graph.graphml': {
    contentType: 'application/graphml+xml; charset=utf-8',
    description: 'Entities and relationships with their quotes, as GraphML (Gephi, networkx, yEd).',
    parameters: GRAPH_PARAMETERS,
    render: async (client, search) => {
      const params = readExportParams(GraphExportParams, search);
      return graphToGraphml(await exportGraph(client, graphFilter(params)));
    },
  },
  'graph.json': {
    contentType: 'application/json; charset=utf-8',
    description: 'Entities and relationships with their quotes, as Cytoscape.js JSON ({ elements }).',
    parameters: GRAPH_PARAMETERS,
    render: async (client, search) => {
      const params = readExportParams(GraphExportParams, search);
      return JSON.stringify(graphToCytoscape(await exportGraph(client, graphFilter(params))));
    },
  },
  'events.csv': {
    contentType: 'text/csv; charset=utf-8; header=present',
    description:
      'One row per event in timeline order: dates, precision, participants, place, issues, quotes.',
    parameters: Object.keys(EventsExportParams.shape),
    render: async (client, search) => {
      const params = readExportParams(EventsExportParams, search);
      return eventsToCsv(await loadEventsExport(client, params));
    },
  },
};

function graphFilter(params: GraphExportParams) {
  return { labels: params.kinds ?? null, types: params.relationTypes ?? null };
}

export interface ExportHandlerOptions {
  /** Where unexpected failures are reported (the client only gets a stable code). */
  logError?: (message: string, error: unknown) => void;
  /** REQUIRE_TOKEN_FOR_READS: exports are reads, so they need a live token too. */
  requireToken?: boolean;
}

export function createExportHandler(
  client: GraphClient,
  options: ExportHandlerOptions = {},
): RequestListener {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  // Like the API: while Neo4j is down, answer 503 at once instead of waiting out the driver.
  const guarded = new DatabaseBreaker().guard(client);
  return (req, res) => {
    void serveExport(guarded, req, res, options.requireToken ?? false).catch((error: unknown) => {
      // Neo4j busy or too slow (a timeout under load) is a retryable 503, not a server fault.
      const retryable = retryableCode(error);
      if (retryable && !res.headersSent) {
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        return sendJson(res, 503, {
          error: 'The graph database cannot answer right now. Retry in a few seconds.',
          code: retryable,
        });
      }
      logError(`Export ${req.url ?? ''} failed`, error);
      if (!res.headersSent) {
        sendJson(res, 500, {
          error: 'The export failed unexpectedly; see the server log.',
          code: ERROR_CODES.INTERNAL_SERVER_ERROR,
        });
      } else res.destroy();
    });
  };
}

async function serveExport(
  client: GraphClient,
  req: IncomingMessage,
  res: ServerResponse,
  requireToken: boolean,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const name = url.pathname.slice(EXPORT_PREFIX.length);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendJson(res, 405, {
      error: `Exports are read with GET, not ${req.method}.`,
      code: METHOD_NOT_ALLOWED,
    });
  }
  if (requireToken && !(await hasLiveToken(client, req.headers.authorization))) {
    return sendJson(res, 401, {
      error: 'This server requires a token for every read: send `Authorization: Bearer <token>` (any role).',
      code: ERROR_CODES.UNAUTHENTICATED,
    });
  }
  if (name === '') return sendJson(res, 200, { exports: exportIndex() });
  const spec = Object.hasOwn(EXPORTS, name) ? EXPORTS[name] : undefined;
  if (!spec) {
    return sendJson(res, 404, {
      error: `No export at ${url.pathname}. Available: ${Object.keys(EXPORTS)
        .map((file) => EXPORT_PREFIX + file)
        .join(', ')}.`,
      code: ERROR_CODES.NOT_FOUND,
    });
  }
  let body: string;
  try {
    body = await spec.render(client, url.searchParams);
  } catch (error) {
    if (error instanceof ExportInputError) {
      return sendJson(res, 400, {
        error: error.message,
        code: ERROR_CODES.BAD_USER_INPUT,
        parameter: error.parameter,
      });
    }
    if (error instanceof ExportTooLargeError) {
      return sendJson(res, 400, {
        error: error.message,
        code: ERROR_CODES.BAD_USER_INPUT,
        parameter: 'kinds',
        entities: error.entities,
        limit: error.limit,
      });
    }
    if (isDatabaseUnavailable(error)) {
      res.setHeader('retry-after', '5');
      return sendJson(res, 503, {
        error: 'The graph database is unavailable right now. Retry in a few seconds.',
        code: ERROR_CODES.DATABASE_UNAVAILABLE,
      });
    }
    throw error;
  }
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(200, {
    'content-type': spec.contentType,
    'content-length': bytes.length,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

async function hasLiveToken(client: GraphClient, header: string | undefined): Promise<boolean> {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  return match ? (await findToken(client, match[1] as string)) !== null : false;
}

function exportIndex() {
  return Object.entries(EXPORTS).map(([file, spec]) => ({
    path: EXPORT_PREFIX + file,
    contentType: spec.contentType,
    description: spec.description,
    parameters: spec.parameters,
  }));
}
