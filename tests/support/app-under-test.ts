import { createAppHandlers } from '../../api/app-handlers.js';
import type { OperationGate, OperationGateLimits } from '../../api/operation-gate.js';
import { createAppServer } from '../../api/server.js';
import type { GraphClient } from '../../graph/client.js';
import { listenOnLoopback } from './loopback-server.js';

// The one HTTP harness of the specs: the real app (health, /graphql, /export/…) in process on
// 127.0.0.1, a free port, talked to the way analysts' tools do, over HTTP.
export interface AppUnderTest {
  /** `http://127.0.0.1:<port>` */
  base: string;
  graphqlUrl: string;
  /** POSTs a query and returns the whole response: status, data and errors. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  /** POSTs a query and returns `data`; fails the test with the API's message on errors. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The app's query gate, for specs that fill it to see how the app sheds. */
  operationGate: OperationGate;
  close(): Promise<void>;
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: string[]; extensions?: { code?: string } }[] | undefined;
}

/**
 * `dev` unmasks unexpected errors, as `NODE_ENV=development` does. `deadlineMs` is for specs that
 * sweep the whole graph, whose heavier requests a busy machine takes past the default deadline.
 */
export async function startAppUnderTest(
  client: GraphClient,
  options: { dev?: boolean; deadlineMs?: number; operationGate?: OperationGateLimits } = {},
): Promise<AppUnderTest> {
  const handlers = createAppHandlers(client, {
    dev: options.dev ?? false,
    corsOrigins: '*',
    ...(options.deadlineMs ? { deadlineMs: options.deadlineMs } : {}),
    ...(options.operationGate ? { operationGate: options.operationGate } : {}),
  });
  const { base, close } = await listenOnLoopback(
    createAppServer({
      client,
      webDistDir: '/nonexistent',
      // The server and the handlers agree on the mode (GraphiQL's page needs the dev CSP).
      dev: options.dev ?? false,
      ...handlers,
    }),
  );
  const graphqlUrl = `${base}/graphql`;
  async function query<T>(text: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GraphqlResponse<T>['errors'] };
    return { status: res.status, data: body.data, errors: body.errors };
  }
  return {
    base,
    graphqlUrl,
    query,
    async graphql<T>(text: string, variables: Record<string, unknown> = {}) {
      const res = await query<T>(text, variables);
      if (res.errors?.length || !res.data) {
        throw new Error(
          `GraphQL ${res.status}: ${res.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
        );
      }
      return res.data;
    },
    operationGate: handlers.operationGate,
    close,
  };
}

/** The `extensions.code` of the first error, for terse assertions. */
export function firstCode(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

interface TimelinePage {
  timeline: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; precision: string; earliest: string | null; latest: string | null } }[];
  };
}

/** Every event of `timeline` for these arguments, in the API's order, paging by 100. */
export async function readWholeTimeline(
  app: AppUnderTest,
  args: Record<string, unknown> = {},
): Promise<{ id: string; precision: string; earliest: string | null; latest: string | null }[]> {
  const query = `query ($first: Int!, $after: String, $from: Date, $to: Date, $match: TimelineMatch,
      $actorIds: [ID!], $issueIds: [ID!], $types: [String!], $origin: [EventOrigin!],
      $precision: [DatePrecision!]) {
    timeline(first: $first, after: $after, from: $from, to: $to, match: $match,
        actorIds: $actorIds, issueIds: $issueIds, types: $types, origin: $origin, precision: $precision) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id precision earliest latest } }
    }
  }`;
  const events: TimelinePage['timeline']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const page: TimelinePage = await app.graphql<TimelinePage>(query, { ...args, first: 100, after });
    events.push(...page.timeline.edges.map((edge) => edge.node));
    if (!page.timeline.pageInfo.hasNextPage) return events;
    after = page.timeline.pageInfo.endCursor;
  }
}
