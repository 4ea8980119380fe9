import { LABEL_PX } from './label-levels.js';
import { distinctLabels, wrapLabel } from './labels.js';
import type { EdgeRecord, GraphModel, NodeRecord } from './model.js';
import { relationLabel } from './model.js';

// The graph model as Cytoscape's plain-JSON element definitions. Classes carry what the
// stylesheet varies on besides data (background events, relatively dated events).

export interface NodeElement {
  group: 'nodes';
  data: {
    id: string;
    label: string;
    /** What the canvas shows: wrapped, shortened, told apart from look-alikes (labels.ts). */
    display: string;
    /** Font size in model units; label-levels.ts keeps it readable as the zoom changes. */
    labelSize: number;
    kind: string;
    type: string;
    evidenceCount: number;
    origin?: string;
    precision?: string;
  };
  classes: string;
  position?: { x: number; y: number };
}

export interface EdgeElement {
  group: 'edges';
  data: {
    id: string;
    source: string;
    target: string;
    type: string;
    label: string;
    evidenceCount: number;
    role?: string;
  };
  classes: string;
}

export function nodeClasses(node: NodeRecord): string {
  const classes = [`kind-${node.kind.toLowerCase()}`];
  if (node.time?.origin === 'CONTEXT') classes.push('context');
  if (node.time && (node.time.precision === 'RELATIVE' || node.time.precision === 'UNKNOWN'))
    classes.push('relative');
  if (node.status === 'PROPOSED') classes.push('proposed');
  return classes.join(' ');
}

export function toNodeElement(node: NodeRecord, display = wrapLabel(node.label)): NodeElement {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      display,
      labelSize: LABEL_PX,
      kind: node.kind,
      type: node.type,
      evidenceCount: Math.max(1, node.evidenceCount),
      ...(node.time ? { origin: node.time.origin, precision: node.time.precision } : {}),
    },
    classes: nodeClasses(node),
  };
}

export function toEdgeElement(edge: EdgeRecord): EdgeElement {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edge.role ? `${relationLabel(edge.type)} (${edge.role})` : relationLabel(edge.type),
      evidenceCount: Math.max(1, edge.evidenceIds.length),
      ...(edge.role ? { role: edge.role } : {}),
    },
    classes:
      edge.status === 'PROPOSED'
        ? `type-${edge.type.toLowerCase()} proposed`
        : `type-${edge.type.toLowerCase()}`,
  };
}

/** Elements for the given ids (all when omitted), nodes first so edges find their ends. */
export function toElements(
  model: GraphModel,
  only?: { nodes: readonly string[]; edges: readonly string[] },
): (NodeElement | EdgeElement)[] {
  const nodes = only ? only.nodes.map((id) => model.nodes.get(id)) : [...model.nodes.values()];
  const displays = distinctLabels([...model.nodes.values()]);
  const edges = only ? only.edges.map((id) => model.edges.get(id)) : [...model.edges.values()];
  return [
    ...nodes
      .filter((n): n is NodeRecord => n !== undefined)
      .map((node) => toNodeElement(node, displays.get(node.id))),
    ...edges
      .filter(
        (e): e is EdgeRecord => e !== undefined && model.nodes.has(e.source) && model.nodes.has(e.target),
      )
      .map(toEdgeElement),
  ];
}
