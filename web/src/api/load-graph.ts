import { ENTITY_KIND_SPECS, ENTITY_LABELS } from '../../../graph/model/labels.js';
import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { GraphModel, NodeRecord } from '../graph/model.js';
import { EMPTY_GRAPH, mergeGraph } from '../graph/model.js';
import { graphqlRequest } from './client.js';
import { type EntityResult, toNodeRecord } from './graph-elements.js';
import { loadRelationships } from './load-relationships.js';

// The whole graph, page by page: the entities of every kind through each kind's list (one page
// query asks all of them at once, the lists come from the model's kinds), then the relationships
// through the generic `relationships` list. Stops at `maxNodes`.

const LISTS = ENTITY_LABELS.map((label) => ENTITY_KIND_SPECS[label].plural);
type ListName = (typeof LISTS)[number];

export const GRAPH_PAGE_QUERY = /* GraphQL */ `
  query GraphPage($first: Int!, $status: [ReviewStatus!] = [ACCEPTED], $withStatus: Boolean = false, ${LISTS.map((list) => `$${list}: String`).join(', ')}) {
    ${LISTS.map(
      (list) => `${list}(first: $first, after: $${list}, status: $status) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...EntityFields } }
    }`,
    ).join('\n    ')}
  }
  fragment EntityFields on Entity {
    id name kind entityKind aliases evidenceCount
    review @include(if: $withStatus) { status }
    ... on Event { origin precision earliest latest relativePhrase }
  }
`;

interface ConnectionResult {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: EntityResult }[];
}

type GraphPage = Record<ListName, ConnectionResult>;

export const PAGE_SIZE = 100;
export const MAX_OVERVIEW_NODES = 2000;

/** One page's entities as records, every kind (pure). */
export function recordsOfPage(page: GraphPage): NodeRecord[] {
  return LISTS.flatMap((list) => page[list]?.edges.map((edge) => toNodeRecord(edge.node)) ?? []);
}

/** `statuses` null: accepted items only (the API's default, readable without a token). */
export async function loadGraph(
  signal?: AbortSignal,
  maxNodes = MAX_OVERVIEW_NODES,
  statuses: readonly ReviewStatus[] | null = null,
): Promise<GraphModel> {
  const status = statuses ? { status: statuses, withStatus: true } : {};
  const cursors: Record<string, string | null> = {};
  const open = new Set<string>(LISTS);
  let nodes: NodeRecord[] = [];
  while (open.size > 0 && nodes.length < maxNodes) {
    const page = await graphqlRequest<GraphPage>(
      GRAPH_PAGE_QUERY,
      { first: PAGE_SIZE, ...status, ...cursors },
      signal,
    );
    nodes = nodes.concat(recordsOfPage(page));
    for (const list of LISTS) {
      const info = page[list].pageInfo;
      cursors[list] = info.endCursor ?? cursors[list] ?? null;
      if (!info.hasNextPage) open.delete(list);
    }
  }
  const kept = nodes.slice(0, maxNodes);
  const truncated = open.size > 0;
  // All relationships when the whole graph is here; otherwise only those touching what is.
  const edges = await loadRelationships(truncated ? kept.map((node) => node.id) : null, signal, statuses);
  return mergeGraph(EMPTY_GRAPH, kept, edges, truncated).model;
}
