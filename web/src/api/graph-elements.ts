import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { EntityKind } from '../app/state.js';
import type { EdgeRecord, EventTime, NodeRecord } from '../graph/model.js';

// The GraphNode/GraphEdge fields neighbourhoods and paths share, and their records.

export const GRAPH_EDGE_FIELDS = /* GraphQL */ `
  fragment GraphEdgeFields on GraphEdge { id source target type role evidence { id } }
`;

export const GRAPH_ELEMENT_FIELDS = /* GraphQL */ `
  fragment GraphNodeFields on GraphNode {
    id
    entity {
      id name kind entityKind aliases evidenceCount
      ... on Event { origin precision earliest latest relativePhrase }
    }
  }
  ${GRAPH_EDGE_FIELDS}
`;

export interface GraphElementNode {
  id: string;
  entity: EntityResult;
}

export interface GraphElementEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
  evidence: { id: string }[];
  /** Asked only when proposed items are shown. */
  review?: { status: ReviewStatus } | null;
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
    ...(edge.review ? { status: edge.review.status } : {}),
  }));
}

/** An entity as the drawings ask for it (events with their time). */
export interface EntityResult {
  id: string;
  name: string;
  kind: string;
  entityKind: EntityKind;
  aliases: string[];
  evidenceCount: number;
  origin?: EventTime['origin'];
  precision?: EventTime['precision'];
  earliest?: string | null;
  latest?: string | null;
  relativePhrase?: string | null;
  review?: { status: ReviewStatus } | null;
}

export function toNodeRecord(entity: EntityResult): NodeRecord {
  return {
    id: entity.id,
    label: entity.name,
    kind: entity.entityKind,
    type: entity.kind,
    aliases: entity.aliases ?? [],
    evidenceCount: entity.evidenceCount,
    time:
      entity.entityKind === 'EVENT'
        ? {
            origin: entity.origin ?? 'ARTICLE',
            precision: entity.precision ?? 'UNKNOWN',
            earliest: entity.earliest ?? null,
            latest: entity.latest ?? null,
            relativePhrase: entity.relativePhrase ?? null,
          }
        : null,
    ...(entity.review ? { status: entity.review.status } : {}),
  };
}
