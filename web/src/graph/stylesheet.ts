import type { EntityKind } from '../app/state.js';

// The whole look of the graph as data: one entry per kind (colour + shape, so kinds stay
// distinguishable without colour), and the Cytoscape stylesheet built from it. The legend is
// drawn from the same table.

export interface KindStyle {
  label: string;
  color: string;
  border: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'round-hexagon' | 'round-tag' | 'round-triangle';
}

export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  ACTOR: { label: 'Actor', color: '#3b82f6', border: '#1d4ed8', shape: 'ellipse' },
  EVENT: { label: 'Event', color: '#ef4444', border: '#b91c1c', shape: 'round-rectangle' },
  CLAIM: { label: 'Claim', color: '#a855f7', border: '#7e22ce', shape: 'round-hexagon' },
  ISSUE: { label: 'Issue', color: '#f59e0b', border: '#b45309', shape: 'diamond' },
  PLACE: { label: 'Place', color: '#10b981', border: '#047857', shape: 'round-tag' },
};

/** Variants the legend explains besides the kinds. */
export const VARIANT_LEGEND = [
  { className: 'context', label: 'Background event (from cited references)' },
  { className: 'relative', label: 'Event dated only relatively' },
] as const;

export const SELECTED_COLOR = '#111827';
export const PATH_COLOR = '#0ea5e9';
export const EVIDENCE_COLOR = '#facc15';
export const PROPOSED_COLOR = '#b45309';

type Style = Record<string, string | number>;
export interface StyleRule {
  selector: string;
  style: Style;
}

function kindRules(): StyleRule[] {
  return Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, 'border-color': s.border, shape: s.shape },
  }));
}

// Labels keep a readable size at every zoom (label-levels.ts sets `labelSize`) and which of them
// show is decided by importance, not kind. Focus and path bring their labels forward; what is
// pushed back keeps full-contrast text (faint text is unreadable) and loses only its colour.
const FOCUS_RULES: StyleRule[] = [
  {
    selector: 'node.in-focus, node.on-path',
    style: { 'text-background-opacity': 0.95, 'z-index': 25 },
  },
  { selector: 'edge.in-focus, edge.on-path', style: { 'min-zoomed-font-size': 0, 'z-index': 25 } },
  {
    selector: 'node.context-dim',
    style: { 'background-opacity': 0.3, 'border-opacity': 0.4, color: '#374151' },
  },
  { selector: 'edge.context-dim', style: { opacity: 0.25, 'text-opacity': 0 } },
];

/** Applied by label-levels.ts to labels that would overlap a more important one. */
export const LABEL_OFF_RULE: StyleRule = {
  selector: 'node.label-off',
  style: { 'text-opacity': 0, 'text-background-opacity': 0 },
};

export const GRAPH_STYLESHEET: StyleRule[] = [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      width: 'mapData(evidenceCount, 1, 8, 22, 40)',
      height: 'mapData(evidenceCount, 1, 8, 22, 40)',
      'border-width': 1.5,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 'data(labelSize)',
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      // display labels come pre-wrapped (labels.ts); the width only guards against surprises.
      'text-wrap': 'wrap',
      'text-max-width': '600px',
      'line-height': 1.15,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'overlay-padding': 4,
    },
  },
  ...kindRules(),
  ...FOCUS_RULES,
  { selector: 'node.context', style: { 'background-opacity': 0.35, 'border-style': 'dashed' } },
  { selector: 'node.relative', style: { 'border-style': 'dotted', 'border-width': 2.5 } },
  // A node of a large graph's overview with neighbours not loaded yet ("+n more": expand it).
  { selector: 'node.has-more', style: { 'border-style': 'double', 'border-width': 4 } },
  // Proposed items (the review toggle): dashed, in the review's amber, drawn over other variants.
  {
    selector: 'node.proposed',
    style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': PROPOSED_COLOR },
  },
  {
    selector: 'edge',
    style: {
      width: 'mapData(evidenceCount, 1, 5, 1.2, 3)',
      'curve-style': 'bezier',
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-size': 9,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 11,
    },
  },
  {
    selector: 'edge[type = "OPPOSES"]',
    style: { 'line-color': '#e11d48', 'target-arrow-shape': 'none', 'line-style': 'dashed' },
  },
  { selector: 'edge[type = "PRECEDES"]', style: { 'line-color': '#6b7280', 'line-style': 'dotted' } },
  {
    selector: 'edge.proposed',
    style: { 'line-style': 'dashed', 'line-color': PROPOSED_COLOR, 'target-arrow-color': PROPOSED_COLOR },
  },
  {
    selector: 'node.faded',
    style: {
      'background-opacity': 0.18,
      'border-opacity': 0.18,
      'text-opacity': 0,
      'text-background-opacity': 0,
    },
  },
  { selector: 'edge.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
  { selector: '.hidden', style: { display: 'none' } },
  {
    selector: 'node.evidence-hover',
    style: { 'underlay-color': EVIDENCE_COLOR, 'underlay-opacity': 0.55, 'underlay-padding': 7 },
  },
  {
    selector: 'edge.evidence-hover',
    style: { 'underlay-color': EVIDENCE_COLOR, 'underlay-opacity': 0.55, 'underlay-padding': 4 },
  },
  {
    selector: 'node.on-path',
    style: {
      'border-color': PATH_COLOR,
      'border-width': 4,
      'underlay-color': PATH_COLOR,
      'underlay-opacity': 0.25,
      'underlay-padding': 6,
    },
  },
  {
    selector: 'edge.on-path',
    style: {
      'line-color': PATH_COLOR,
      'target-arrow-color': PATH_COLOR,
      width: 4,
      color: '#0c4a6e',
      'z-index': 20,
    },
  },
  {
    selector: 'node.is-selected',
    style: {
      'border-color': SELECTED_COLOR,
      'border-width': 4,
      'font-weight': 'bold',
      'z-index': 30,
      'text-background-opacity': 1,
    },
  },
  {
    selector: 'edge.is-selected',
    style: {
      'line-color': SELECTED_COLOR,
      'target-arrow-color': SELECTED_COLOR,
      width: 3.5,
      color: '#111827',
      'z-index': 30,
    },
  },
  LABEL_OFF_RULE,
];
