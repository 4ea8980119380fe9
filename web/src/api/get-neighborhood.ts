import type { EdgeRecord, NodeRecord } from '../graph/model.js';
import { graphqlRequest } from './client.js';
import {
  GRAPH_ELEMENT_FIELDS,
  type GraphElementEdge,
  type GraphElementNode,
  toEdgeRecords,
  toNodeRecords,
} from './graph-elements.js';

// The entities around one entity, for "expand": merged into the drawn graph.

export const GET_NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query GetNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes { ...GraphNodeFields }
      edges { ...GraphEdgeFields }
    }
  }
  ${GRAPH_ELEMENT_FIELDS}
`;

export interface Neighbourhood {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  truncated: boolean;
}

export async function getNeighborhood(
  id: string,
  signal?: AbortSignal,
  depth = 1,
  limit = 200,
): Promise<Neighbourhood> {
  const data = await graphqlRequest<{
    neighborhood: { truncated: boolean; nodes: GraphElementNode[]; edges: GraphElementEdge[] };
  }>(GET_NEIGHBORHOOD_QUERY, { id, depth, limit }, signal);
  const { nodes, edges, truncated } = data.neighborhood;
  return { nodes: toNodeRecords(nodes), edges: toEdgeRecords(edges), truncated };
}
