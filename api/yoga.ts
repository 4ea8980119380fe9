import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { GraphClient } from '../graph/client.js';
import { createContext } from './context.js';
import { DatabaseBreaker } from './database-breaker.js';
import { type Logger, silentLogger, yogaLoggerOf } from './logger.js';
import { maskError } from './mask-error.js';
import { OperationGate } from './operation-gate.js';
import { DEFAULT_READ_GATE_LIMITS, ReadGate, type ReadGateLimits } from './read-gate.js';
import { RequestDeadline } from './request-deadline.js';
import { requestRecordOf } from './request-record.js';
import { schema } from './schema/index.js';
import { useArmor } from './use-armor.js';
import { type AuthOptions, useAuth } from './use-auth.js';
import { useBodyLimit } from './use-body-limit.js';
import { useCost } from './use-cost.js';
import { useCsrfPrevention } from './use-csrf-prevention.js';
import { useErrorCodes } from './use-error-codes.js';
import { useNoIntrospection } from './use-introspection.js';
import { useOperationGate } from './use-operation-gate.js';
import { useRequestDeadline } from './use-request-deadline.js';
import { useRequestLog } from './use-request-log.js';
import { useRequestParsing } from './use-request-parsing.js';
import { useResponseLimits } from './use-response-limits.js';

export interface GraphqlHandlerOptions {
  client: GraphClient;
  log?: Logger;
  /** Development shows error details, GraphiQL, introspection and field suggestions. */
  dev: boolean;
  corsOrigins: string[] | '*';
  /** Every request's time limit; reads past it are abandoned with REQUEST_TIMEOUT. */
  deadlineMs?: number;
  /** A mutation's time limit (api/use-request-deadline.ts). */
  writeDeadlineMs?: number;
  readGate?: ReadGateLimits;
  /** Shared with /health and the exports, so all see one breaker. */
  gate?: ReadGate;
  /** Queries executing at once and waiting (api/operation-gate.ts); shared with the HTTP layer's early shedding. */
  operationGate?: OperationGate;
  auth?: AuthOptions;
}

export const DEFAULT_DEADLINE_MS = 10_000;
export const DEFAULT_WRITE_DEADLINE_MS = 60_000;

const EXAMPLE_QUERY = `# Every entity carries its evidence: add evidence { text } to see it.
{
  search(query: "Kyiv") {
    entity { id name entityKind }
    snippet { html }
  }
}
`;

/** The GraphQL endpoint: a node request listener (`yoga(req, res)`) with `yoga.fetch` for tests. */
export function createGraphqlHandler(options: GraphqlHandlerOptions) {
  const log = options.log ?? silentLogger;
  const gate =
    options.gate ?? new ReadGate(new DatabaseBreaker(), options.readGate ?? DEFAULT_READ_GATE_LIMITS);
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const plugins: Plugin[] = [
    useBodyLimit(),
    useRequestParsing(),
    useCsrfPrevention(),
    useErrorCodes(),
    useArmor({ dev: options.dev }),
    useCost(),
    useAuth(options.client, options.auth),
    useResponseLimits(schema, deadlineMs),
    useRequestDeadline(deadlineMs, options.writeDeadlineMs ?? DEFAULT_WRITE_DEADLINE_MS),
    useRequestLog(log) as Plugin,
    ...(options.dev ? [] : [useNoIntrospection()]),
    // Last, so that it wraps the execution every other plugin has set up.
    useOperationGate(options.operationGate ?? new OperationGate()),
  ];
  return createYoga<{ req: IncomingMessage; res: ServerResponse }>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request, req }) =>
      createContext(options.client, {
        gate,
        scope: { deadline: new RequestDeadline(request.signal), record: requestRecordOf(req) },
      }),
    maskedErrors: {
      isDev: options.dev,
      maskError: (error, message, isDev) => maskError(error, message, isDev, deadlineMs),
    },
    // No cookies are read here (tokens travel in the Authorization header), so no origin is ever allowed credentials, and an
    // origin outside the list (including "null") gets no CORS headers at all.
    cors: (request) => {
      const origin = request.headers.get('origin');
      const allowed =
        options.corsOrigins === '*' || (origin !== null && options.corsOrigins.includes(origin));
      if (!allowed || origin === null || origin === 'null') return false;
      return {
        origin,
        credentials: false,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['content-type', 'authorization'],
        maxAge: 600,
      };
    },
    // GraphiQL from the inlined bundle (offline, no CDN), in development only: 9 MB for strangers.
    graphiql: options.dev ? { title: 'Conflict Graph GraphiQL', defaultQuery: EXAMPLE_QUERY } : false,
    renderGraphiQL,
    landingPage: false,
    batching: false,
    // useBodyLimit enforces a far smaller limit (and Yoga's header checks) without a second pass.
    maxRequestBodySize: false,
    logging: yogaLoggerOf(log),
    plugins,
  });
}

export type GraphqlHandler = ReturnType<typeof createGraphqlHandler>;
