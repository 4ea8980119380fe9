// The notebook's first steps from TypeScript: what the graph holds, the whole timeline page by
// page, actors ranked by how many entities they are linked to, and the quotes behind one
// relationship. GraphQL over HTTP is a JSON POST, so the standard client is `fetch` itself.
//
//   npx tsx examples/query.ts                      (the app must be running: npm start)
//   GRAPHQL_URL=http://host:4000/graphql npx tsx examples/query.ts

const GRAPHQL_URL = process.env.GRAPHQL_URL ?? 'http://localhost:4000/graphql';
const PAGE_SIZE = Number(process.env.PAGE_SIZE ?? 50); // the API allows 1 to 100 per page

interface Connection<T> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: T[];
}

/** One GraphQL request; returns `data` or throws with the API's messages. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query, variables }),
  }).catch((error: unknown) => {
    throw new Error(
      `Cannot reach ${GRAPHQL_URL} (${String(error)}). Start the app with npm start, or set GRAPHQL_URL.`,
    );
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  if (!response.ok || !body.data) throw new Error(`${GRAPHQL_URL} answered HTTP ${response.status}`);
  return body.data;
}

/** Every edge of a cursor connection, following `pageInfo.endCursor`. */
async function fetchAll<T>(
  query: string,
  field: string,
  variables: Record<string, unknown> = {},
): Promise<{ edges: T[]; pages: number }> {
  const edges: T[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const data: Record<string, Connection<T>> = await graphql(query, {
      ...variables,
      first: PAGE_SIZE,
      after,
    });
    const page = data[field] as Connection<T>;
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) return { edges, pages };
    after = page.pageInfo.endCursor;
  }
}

interface TimelineEdge {
  sortDate: string | null;
  node: { id: string; name: string; earliest: string | null; latest: string | null; precision: string };
}

interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  evidence: { text: string; source: { title: string } }[];
}

const { stats } = await graphql<{
  stats: { entityCount: number; relationshipCount: number; statementCount: number };
}>('{ stats { entityCount relationshipCount statementCount } }');
console.log(`Reading ${GRAPHQL_URL}`);
console.log(
  `${stats.entityCount} entities, ${stats.relationshipCount} relationships, ${stats.statementCount} statements`,
);

// 1. The timeline: every event with its honest bounds and how precise they are.
const timeline = await fetchAll<TimelineEdge>(
  `query ($first: Int!, $after: String) {
    timeline(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { sortDate node { id name earliest latest precision } }
    }
  }`,
  'timeline',
);
console.log(`\nTimeline: ${timeline.edges.length} events in ${timeline.pages} page(s)`);
for (const { node } of timeline.edges) {
  const when =
    node.earliest === node.latest ? (node.earliest ?? '?') : `${node.earliest ?? '?'}..${node.latest ?? '?'}`;
  console.log(`  ${when.padEnd(22)} ${node.precision.padEnd(11)} ${node.id}  ${node.name}`);
}

// 2. Actors and the relationships that touch them, paged from `relationships` in one pass.
const actors = await fetchAll<{ node: { id: string; name: string } }>(
  `query ($first: Int!, $after: String) {
    actors(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name } } }
  }`,
  'actors',
);
const actorIds = actors.edges.map(({ node }) => node.id);
const touching = await fetchAll<{ node: GraphEdge }>(
  `query ($first: Int!, $after: String, $entityIds: [ID!]) {
    relationships(first: $first, after: $after, entityIds: $entityIds) {
      pageInfo { hasNextPage endCursor }
      edges { node { id source target type evidence { text source { title } } } }
    }
  }`,
  'relationships',
  { entityIds: actorIds },
);
const relationships = new Map(touching.edges.map(({ node }) => [node.id, node]));
const neighbours = new Map(actorIds.map((id) => [id, new Set<string>()]));
for (const edge of relationships.values()) {
  neighbours.get(edge.source)?.add(edge.target);
  neighbours.get(edge.target)?.add(edge.source);
}
const ranking = actors.edges
  .map(({ node }) => ({ ...node, degree: neighbours.get(node.id)?.size ?? 0 }))
  .sort((a, b) => b.degree - a.degree || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log('\nActors by degree (distinct entities directly linked):');
for (const actor of ranking) console.log(`  ${String(actor.degree).padStart(3)}  ${actor.id}  ${actor.name}`);

// 3. The quotes behind the actor relationship with the most evidence.
const [best] = [...relationships.values()].sort(
  (a, b) => b.evidence.length - a.evidence.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);
if (best) {
  console.log(`\nQuotes behind ${best.id}:`);
  for (const statement of best.evidence) console.log(`  “${statement.text}” — ${statement.source.title}`);
}
