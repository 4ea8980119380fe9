import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { EntityKind } from '../app/state.js';

// The graph as loaded from the API, independent of Cytoscape. Pure data; merge returns new maps.

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'APPROXIMATE' | 'RELATIVE' | 'UNKNOWN';
export type EventOrigin = 'ARTICLE' | 'CONTEXT';

export interface EventTime {
  origin: EventOrigin;
  precision: DatePrecision;
  earliest: string | null;
  latest: string | null;
  relativePhrase: string | null;
}

export interface NodeRecord {
  id: string;
  label: string;
  kind: EntityKind;
  /** The entity's own `kind`: actor kind, event type, claim stance… */
  type: string;
  aliases: string[];
  evidenceCount: number;
  /** Events only. */
  time: EventTime | null;
  /** Set only when proposed items are loaded (the review toggle); absent means accepted. */
  status?: ReviewStatus;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
  evidenceIds: string[];
  /** As on NodeRecord. */
  status?: ReviewStatus;
}

export interface GraphModel {
  nodes: ReadonlyMap<string, NodeRecord>;
  edges: ReadonlyMap<string, EdgeRecord>;
  /** True when the API held more than was loaded. */
  truncated: boolean;
}

export const EMPTY_GRAPH: GraphModel = { nodes: new Map(), edges: new Map(), truncated: false };

export interface MergeResult {
  model: GraphModel;
  addedNodes: string[];
  addedEdges: string[];
}

/** Adds nodes and edges not yet known; an edge is kept only when both ends are known. */
export function mergeGraph(
  model: GraphModel,
  nodes: readonly NodeRecord[],
  edges: readonly EdgeRecord[],
  truncated = false,
): MergeResult {
  const nextNodes = new Map(model.nodes);
  const nextEdges = new Map(model.edges);
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  for (const node of nodes) {
    if (nextNodes.has(node.id)) continue;
    nextNodes.set(node.id, node);
    addedNodes.push(node.id);
  }
  for (const edge of edges) {
    if (nextEdges.has(edge.id) || !nextNodes.has(edge.source) || !nextNodes.has(edge.target)) continue;
    nextEdges.set(edge.id, edge);
    addedEdges.push(edge.id);
  }
  return {
    model: { nodes: nextNodes, edges: nextEdges, truncated: model.truncated || truncated },
    addedNodes,
    addedEdges,
  };
}

/** Statement id -> the edges it supports (entities get theirs from the API). */
export function edgesByStatement(model: GraphModel): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const edge of model.edges.values()) {
    for (const statementId of edge.evidenceIds) {
      const list = index.get(statementId);
      if (list) list.push(edge.id);
      else index.set(statementId, [edge.id]);
    }
  }
  return index;
}

/** "PARTICIPATED_IN" -> "participated in". */
export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}
