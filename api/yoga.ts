import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaLogger } from 'graphql-yoga';
import type { GraphClient } from '../graph/client.js';
import { createContext } from './context.js';
import { DatabaseBreaker } from './database-breaker.js';
import { maskError } from './mask-error.js';
import { schema } from './schema/index.js';
import { useArmor } from './use-armor.js';
import { useBodyLimit } from './use-body-limit.js';

export interface GraphqlHandlerOptions {
  client: GraphClient;
  logger?: YogaLogger;
  /** Development shows error details and field suggestions; production masks them. */
  dev: boolean;
  corsOrigins: string[] | '*';
}

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
  const breaker = new DatabaseBreaker();
  return createYoga<{ req: IncomingMessage; res: ServerResponse }>({
    schema,
    graphqlEndpoint: '/graphql',
    context: () => createContext(options.client, breaker),
    maskedErrors: { isDev: options.dev, maskError },
    cors: {
      origin: options.corsOrigins === '*' ? '*' : options.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      maxAge: 600,
    },
    // GraphiQL from the inlined bundle: works offline, loads nothing from a CDN.
    graphiql: { title: 'Conflict Graph GraphiQL', defaultQuery: EXAMPLE_QUERY },
    renderGraphiQL,
    landingPage: false,
    batching: false,
    // useBodyLimit enforces a far smaller limit (and Yoga's header checks) without a second pass.
    maxRequestBodySize: false,
    logging: options.logger ?? (options.dev ? 'info' : 'warn'),
    plugins: [useBodyLimit(), useArmor({ dev: options.dev })],
  });
}

export type GraphqlHandler = ReturnType<typeof createGraphqlHandler>;
