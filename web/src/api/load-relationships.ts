import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { EdgeRecord } from '../graph/model.js';
import { graphqlRequest } from './client.js';
import { GRAPH_EDGE_FIELDS, type GraphElementEdge, toEdgeRecords } from './graph-elements.js';

// The overview's edges through the one generic `relationships` list: every relationship type,
// present and future, without a link field per type. When only part of the graph is loaded, only
// the relationships touching it are asked for, in batches of ids that keep each request small.

export const LOAD_RELATIONSHIPS_QUERY = /* GraphQL */ `
  query LoadRelationships($first: Int!, $after: String, $entityIds: [ID!], $status: [ReviewStatus!] = [ACCEPTED], $withStatus: Boolean = false) {
    relationships(first: $first, after: $after, entityIds: $entityIds, status: $status) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...GraphEdgeFields review @include(if: $withStatus) { status } } }
    }
  }
  ${GRAPH_EDGE_FIELDS}
`;

interface RelationshipsPage {
  relationships: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: GraphElementEdge }[];
  };
}

const PAGE_SIZE = 100;
const IDS_PER_REQUEST = 200;

async function loadTouching(
  entityIds: string[] | null,
  signal: AbortSignal | undefined,
  statuses: readonly ReviewStatus[] | null,
): Promise<EdgeRecord[]> {
  const status = statuses ? { status: statuses, withStatus: true } : {};
  const edges: EdgeRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const page: RelationshipsPage = await graphqlRequest<RelationshipsPage>(
      LOAD_RELATIONSHIPS_QUERY,
      { first: PAGE_SIZE, after, entityIds, ...status },
      signal,
    );
    edges.push(...toEdgeRecords(page.relationships.edges.map((edge) => edge.node)));
    if (!page.relationships.pageInfo.hasNextPage) return edges;
    after = page.relationships.pageInfo.endCursor;
  }
}

/** Every relationship (`entityIds` null), or those touching one of `entityIds`; accepted only
 * unless `statuses` says otherwise. */
export async function loadRelationships(
  entityIds: readonly string[] | null,
  signal?: AbortSignal,
  statuses: readonly ReviewStatus[] | null = null,
): Promise<EdgeRecord[]> {
  if (entityIds === null) return loadTouching(null, signal, statuses);
  const edges: EdgeRecord[] = [];
  for (let start = 0; start < entityIds.length; start += IDS_PER_REQUEST) {
    edges.push(...(await loadTouching(entityIds.slice(start, start + IDS_PER_REQUEST), signal, statuses)));
  }
  return edges;
}
