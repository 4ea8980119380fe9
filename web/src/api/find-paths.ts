import type { EdgeRecord, NodeRecord } from '../graph/model.js';
import { graphqlRequest } from './client.js';
import {
  GRAPH_ELEMENT_FIELDS,
  type GraphElementEdge,
  type GraphElementNode,
  toEdgeRecords,
  toNodeRecords,
} from './graph-elements.js';

// Shortest paths between two entities, shortest first.

export const FIND_PATHS_QUERY = /* GraphQL */ `
  query FindPaths($from: ID!, $to: ID!, $maxLength: Int!, $first: Int!) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
      length
      nodes { ...GraphNodeFields }
      edges { ...GraphEdgeFields }
    }
  }
  ${GRAPH_ELEMENT_FIELDS}
`;

export interface FoundPath {
  length: number;
  /** Node ids in order from `from` to `to`. */
  nodeIds: string[];
  edgeIds: string[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export async function findPaths(from: string, to: string, signal?: AbortSignal): Promise<FoundPath[]> {
  const data = await graphqlRequest<{
    paths: { length: number; nodes: GraphElementNode[]; edges: GraphElementEdge[] }[];
  }>(FIND_PATHS_QUERY, { from, to, maxLength: 5, first: 5 }, signal);
  return data.paths.map((path) => ({
    length: path.length,
    nodeIds: path.nodes.map((node) => node.id),
    edgeIds: path.edges.map((edge) => edge.id),
    nodes: toNodeRecords(path.nodes),
    edges: toEdgeRecords(path.edges),
  }));
}
