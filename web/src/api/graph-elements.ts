import type { EntityKind } from '../app/state.js';
import type { EdgeRecord, NodeRecord } from '../graph/model.js';
import { toNodeRecord } from './load-graph.js';

// The GraphNode/GraphEdge fields neighbourhoods and paths share, and their records.

export const GRAPH_ELEMENT_FIELDS = /* GraphQL */ `
  fragment GraphNodeFields on GraphNode {
    id
    entity {
      id name kind entityKind aliases evidenceCount
      ... on Event { origin precision earliest latest relativePhrase }
    }
  }
  fragment GraphEdgeFields on GraphEdge { id source target type role evidence { id } }
`;

export interface GraphElementNode {
  id: string;
  entity: Parameters<typeof toNodeRecord>[0] & { entityKind: EntityKind };
}

export interface GraphElementEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
  evidence: { id: string }[];
}

export function toNodeRecords(nodes: readonly GraphElementNode[]): NodeRecord[] {
  return nodes.map((node) => toNodeRecord(node.entity));
}

export function toEdgeRecords(edges: readonly GraphElementEdge[]): EdgeRecord[] {
  return edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    role: edge.role,
    evidenceIds: edge.evidence.map((s) => s.id),
  }));
}
