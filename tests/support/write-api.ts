import { createHash } from 'node:crypto';
import { createAppHandlers } from '../../api/app-handlers.js';
import { createToken, type TokenRole } from '../../api/auth/token-store.js';
import { createAppServer } from '../../api/server.js';
import { type GraphClient, runPlain } from '../../graph/client.js';
import { storeOverviewScores } from '../../graph/overview/store-overview-scores.js';
import { type RunInTx, storeTimelineOrder } from '../../graph/time/store-timeline-order.js';
import { listenOnLoopback } from './loopback-server.js';

// The real app over HTTP on 127.0.0.1, called with or without a bearer token, for the write
// specs; plus what they need to prove "nothing changed": a fingerprint of the whole database.
export interface GraphqlAnswer<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

export interface WriteApi {
  graphqlUrl: string;
  call<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphqlAnswer<T>>;
  close(): Promise<void>;
}

export async function startWriteApi(
  client: GraphClient,
  auth = { requireTokenForReads: false, writesPerMinute: 10_000 },
  // A write spec's budget: the shared machine can be slow, the deadline is not the subject here.
  deadlineMs = 60_000,
): Promise<WriteApi> {
  const server = createAppServer({
    client,
    webDistDir: '/nonexistent',
    ...createAppHandlers(client, { dev: false, corsOrigins: '*', auth, deadlineMs }),
  });
  const { base, close } = await listenOnLoopback(server);
  const graphqlUrl = `${base}/graphql`;
  return {
    graphqlUrl,
    close,
    call: (query, variables = {}, token = null) => postGraphql(graphqlUrl, query, variables, token),
  };
}

export async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
): Promise<GraphqlAnswer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphqlAnswer<T>['errors'] };
  return { status: res.status, data: body.data, errors: body.errors };
}

/** The data of an answer, or a test failure that shows the API's errors. */
export function dataOf<T>(answer: GraphqlAnswer<T>): T {
  if (answer.errors?.length || !answer.data) {
    throw new Error(`GraphQL ${answer.status}: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

export function codeOf(answer: GraphqlAnswer<unknown>): unknown {
  return answer.errors?.[0]?.extensions?.code;
}

export async function createTestToken(client: GraphClient, name: string, role: TokenRole): Promise<string> {
  return (await createToken(client, name, role)).token;
}

/** SHA-256 over every node (labels, properties) and relationship (type, ends, properties). */
export async function databaseFingerprint(client: GraphClient): Promise<string> {
  const nodes = await client.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await client.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS props',
  );
  const lines = [...nodes, ...rels].map((row) => stableJson(row)).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Removes everything the write specs made with tokens of these names (shared test database), then
 * stores the timeline order and overview scores again, as the write path would have: the entities
 * they touched keep no trace of them, whichever spec runs next.
 */
export async function removeWritesBy(client: GraphClient, authors: string[]): Promise<void> {
  await client.write(
    `MATCH (n) WHERE (n:Entity OR n:Statement OR n:Source) AND n.createdBy IN $authors DETACH DELETE n`,
    { authors },
  );
  await client.write('MATCH (m:MergedEntity) WHERE m.by IN $authors DELETE m', { authors });
  await client.write('MATCH (r:Revision) WHERE r.author IN $authors DELETE r', { authors });
  await client.write(
    `MATCH (t:ApiToken) WHERE t.name IN $authors
     OPTIONAL MATCH (k:IdempotencyKey) WHERE k.id STARTS WITH t.id + ':'
     DETACH DELETE k, t`,
    { authors },
  );
  await client.writeTx(async (tx) => {
    const run: RunInTx = (cypher, params = {}) => runPlain(client, tx, cypher, params);
    await storeTimelineOrder(run);
    await storeOverviewScores(run, null);
  });
}
