import type { ViewState } from '../app/state.js';
import type { Visible } from './filter.js';
import type { GraphModel } from './model.js';

// "Export JSON": what is on screen, as plain data someone can load elsewhere — the visible
// nodes and edges (with evidence ids and positions) and the view that produced them.

export interface ExportedGraph {
  exportedAt: string;
  view: Pick<ViewState, 'kinds' | 'issueIds' | 'actorIds' | 'range' | 'selection'>;
  nodes: {
    id: string;
    label: string;
    kind: string;
    type: string;
    aliases: string[];
    position?: { x: number; y: number };
  }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    role: string | null;
    evidenceIds: string[];
  }[];
}

export function buildExport(
  model: GraphModel,
  visible: Visible,
  view: ViewState,
  positionOf: (id: string) => { x: number; y: number } | undefined,
  now = new Date(),
): ExportedGraph {
  return {
    exportedAt: now.toISOString(),
    view: {
      kinds: view.kinds,
      issueIds: view.issueIds,
      actorIds: view.actorIds,
      range: view.range,
      selection: view.selection,
    },
    nodes: [...model.nodes.values()]
      .filter((node) => visible.nodes.has(node.id))
      .map((node) => {
        const position = positionOf(node.id);
        return {
          id: node.id,
          label: node.label,
          kind: node.kind,
          type: node.type,
          aliases: node.aliases,
          ...(position ? { position } : {}),
        };
      }),
    edges: [...model.edges.values()]
      .filter((edge) => visible.edges.has(edge.id))
      .map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        role: edge.role,
        evidenceIds: edge.evidenceIds,
      })),
  };
}

export function exportFileName(extension: 'png' | 'json', now = new Date()): string {
  return `conflict-graph-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${extension}`;
}
