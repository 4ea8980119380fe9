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

/** The server's full export (`/export/graph.json`): Cytoscape elements with quotes and dates. */
export interface FullExport {
  elements: {
    nodes: { data: { id: string; [field: string]: unknown } }[];
    edges: { data: { id: string; [field: string]: unknown } }[];
  };
}

/**
 * The page's export with everything the server's export says about each element (quotes,
 * evidence ids, dates, descriptions) merged in; what is on screen stays what is exported.
 */
export function withEvidence(exported: ExportedGraph, full: FullExport): ExportedGraph {
  const byId = new Map<string, Record<string, unknown>>();
  for (const element of [...full.elements.nodes, ...full.elements.edges])
    byId.set(element.data.id, element.data);
  return {
    ...exported,
    nodes: exported.nodes.map((node) => ({ ...byId.get(node.id), ...node })),
    edges: exported.edges.map((edge) => ({ ...byId.get(edge.id), ...edge })),
  };
}

/** Words for the filters in force, for the PNG's caption ("Kinds: Actor, Event · 2025-01-01 → …"). */
export function describeFilters(
  view: Pick<ViewState, 'kinds' | 'issueIds' | 'actorIds' | 'range'>,
  allKinds: number,
  nameOf: (id: string) => string,
): string {
  const parts: string[] = [];
  if (view.kinds.length !== allKinds) parts.push(`Kinds: ${view.kinds.join(', ').toLowerCase()}`);
  if (view.issueIds.length) parts.push(`Issues: ${view.issueIds.map(nameOf).join(', ')}`);
  if (view.actorIds.length) parts.push(`Actors: ${view.actorIds.map(nameOf).join(', ')}`);
  if (view.range) parts.push(`Time: ${view.range.from} → ${view.range.to}`);
  return parts.length ? `Filters — ${parts.join(' · ')}` : 'No filters: the whole loaded graph';
}
