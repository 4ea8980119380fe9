import { createAppHandlers } from '../../api/app-handlers.js';
import { createAppServer } from '../../api/server.js';
import type { GraphClient } from '../../graph/client.js';
import { listenOnLoopback } from './loopback-server.js';

// The real app (health, /graphql, /export/…) in process on 127.0.0.1, a free port, for specs
// that talk to it the way analysts' tools do: over HTTP.
export interface AppUnderTest {
  /** `http://127.0.0.1:<port>` */
  base: string;
  graphqlUrl: string;
  /** POSTs a query and returns `data`; fails the test with the API's message on errors. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startAppUnderTest(client: GraphClient): Promise<AppUnderTest> {
  const { base, close } = await listenOnLoopback(
    createAppServer({
      client,
      webDistDir: '/nonexistent',
      ...createAppHandlers(client, { dev: false, corsOrigins: '*' }),
    }),
  );
  const graphqlUrl = `${base}/graphql`;
  return {
    base,
    graphqlUrl,
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const res = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) {
        throw new Error(
          `GraphQL ${res.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
        );
      }
      return body.data;
    },
    close,
  };
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
      $actorIds: [ID!], $issueIds: [ID!], $types: [String!]) {
    timeline(first: $first, after: $after, from: $from, to: $to, match: $match,
        actorIds: $actorIds, issueIds: $issueIds, types: $types) {
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
