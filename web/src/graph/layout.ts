import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';
import { separateNodes } from './separate-nodes.js';

// Layout that keeps up as the graph grows. fcose's default quality takes ~29 s for 1,000 nodes
// while its draft (spectral) quality takes ~0.3 s, so: draw the draft at once, then refine in
// place only while the graph is small enough for that to be quick; nodes added later (expand,
// paths) are laid out alone around their anchor, with every existing node left where it is.
// Layouts run on a seeded random source, so the same graph gets the same picture on reload.

export const REFINE_MAX_NODES = 400;

const COMMON = {
  name: 'fcose',
  nodeSeparation: 90,
  idealEdgeLength: () => 75,
  nodeRepulsion: () => 7000,
  gravity: 0.35,
  gravityRange: 2.5,
  packComponents: false,
  padding: 36,
};

export const DRAFT_LAYOUT = { ...COMMON, quality: 'draft', randomize: true, animate: false, fit: false };
export const REFINE_LAYOUT = {
  ...COMMON,
  quality: 'default',
  randomize: false,
  animate: false,
  fit: false,
  numIter: 1500,
};
export const MAX_STRETCH = 1.8;
export const ADDED_LAYOUT = {
  ...COMMON,
  quality: 'default',
  randomize: false,
  animate: 'end',
  animationDuration: 300,
  fit: false,
  numIter: 600,
};

/** mulberry32: a tiny deterministic PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

function runLayout(cy: Core, eles: ReturnType<Core['elements']>, options: object): Promise<void> {
  return new Promise((resolve) => {
    const layout = eles.layout(options as LayoutOptions);
    layout.one('layoutstop', () => resolve());
    withSeededRandom(1, () => layout.run());
    if (cy.destroyed()) resolve();
  });
}

export interface LayoutTimings {
  draftMs: number;
  /** Resolves when refinement (if any) has finished. */
  settled: Promise<number | null>;
}

/**
 * Force layouts come out roughly round while the canvas is wide: stretch the positions (up to
 * MAX_STRETCH) to the canvas's shape, so labels get the room the screen has.
 */
export function stretchFactors(
  layout: { w: number; h: number },
  view: { w: number; h: number },
  max = MAX_STRETCH,
): { sx: number; sy: number } {
  if (layout.w <= 0 || layout.h <= 0 || view.w <= 0 || view.h <= 0) return { sx: 1, sy: 1 };
  const ratio = view.w / view.h / (layout.w / layout.h);
  return ratio >= 1 ? { sx: Math.min(max, ratio), sy: 1 } : { sx: 1, sy: Math.min(max, 1 / ratio) };
}

function stretchToViewport(cy: Core): void {
  const box = cy.nodes().boundingBox({ includeLabels: false });
  const { sx, sy } = stretchFactors({ w: box.w, h: box.h }, { w: cy.width(), h: cy.height() });
  const cx = (box.x1 + box.x2) / 2;
  const cyy = (box.y1 + box.y2) / 2;
  cy.nodes().positions((node) => ({
    x: cx + (node.position('x') - cx) * sx,
    y: cyy + (node.position('y') - cyy) * sy,
  }));
}

type Positions = Record<string, { x: number; y: number }>;

/**
 * Pushes overlapping nodes apart (see separate-nodes.ts); the rest stay where they are. Each node
 * counts as the disc around its whole box, border included: discs of its inscribed radius let
 * the corners of two square-ish shapes (events, places) overlap on a diagonal.
 */
export function removeOverlaps(cy: Core): void {
  const discs = cy.nodes().map((node) => ({
    id: node.id(),
    ...node.position(),
    radius:
      (Math.max(node.width(), node.height()) / 2 + Number.parseFloat(node.style('border-width'))) *
      Math.SQRT2,
  }));
  const moved = separateNodes(discs);
  cy.nodes().positions((node) => moved.get(node.id()) ?? node.position());
}

function positionsOf(cy: Core): Positions {
  const result: Positions = {};
  cy.nodes().forEach((node) => {
    result[node.id()] = { ...node.position() };
  });
  return result;
}

/** Lays out every element: a draft now, refinement right after (small graphs only), animated. */
export async function layoutAll(cy: Core): Promise<LayoutTimings> {
  const started = performance.now();
  await runLayout(cy, cy.elements(), DRAFT_LAYOUT);
  stretchToViewport(cy);
  removeOverlaps(cy);
  cy.fit(undefined, COMMON.padding);
  const draftMs = performance.now() - started;
  if (cy.nodes().length > REFINE_MAX_NODES || cy.nodes().length < 3) {
    return { draftMs, settled: Promise.resolve(null) };
  }
  const settled = new Promise<number | null>((resolve) => {
    requestAnimationFrame(() => {
      const refineStart = performance.now();
      const draft = positionsOf(cy);
      void runLayout(cy, cy.elements(), REFINE_LAYOUT).then(() => {
        stretchToViewport(cy);
        removeOverlaps(cy);
        const final = positionsOf(cy);
        cy.nodes().positions((node) => draft[node.id()] ?? node.position());
        const move = cy.layout({
          name: 'preset',
          positions: (node: { id(): string }) => final[node.id()] ?? { x: 0, y: 0 },
          animate: true,
          animationDuration: 350,
          // Hidden (filtered-out) nodes cannot animate: they jump, or the layout never ends.
          animateFilter: (node: { visible(): boolean }) => node.visible(),
          fit: true,
          padding: COMMON.padding,
        } as LayoutOptions);
        // A viewport animation started meanwhile (reveal, fit) cancels the layout's own fit, and
        // then no layoutstop comes: the animation's length is the fallback.
        const done = () => resolve(performance.now() - refineStart);
        move.one('layoutstop', done);
        setTimeout(done, 350 + 400);
        move.run();
      });
    });
  });
  return { draftMs, settled };
}

/**
 * Places new nodes in a ring around their anchor (away from the rest of the graph), then
 * relaxes only them: existing nodes keep their positions.
 */
export async function layoutAdded(cy: Core, added: NodeCollection, anchorId: string | null): Promise<void> {
  if (added.empty()) return;
  const anchor = anchorId ? cy.getElementById(anchorId) : null;
  const placed = cy.nodes().not(added);
  const centre = anchor?.nonempty()
    ? anchor.position()
    : placed.nonempty()
      ? centroid(placed)
      : { x: 0, y: 0 };
  const away = placed.nonempty() ? centroid(placed) : { x: centre.x - 1, y: centre.y };
  const baseAngle = Math.atan2(centre.y - away.y, centre.x - away.x);
  const radius = 90 + 12 * added.length;
  added.forEach((node, i) => {
    const spread = Math.min(Math.PI * 1.6, 0.5 * added.length);
    const angle = baseAngle - spread / 2 + (spread * (i + 0.5)) / added.length;
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
  const scope = anchor?.nonempty() ? added.union(anchor) : added;
  const eles = scope.union(scope.edgesWith(scope));
  const fixed = anchor?.nonempty()
    ? [{ nodeId: anchor.id(), position: { ...anchor.position() } }]
    : undefined;
  if (added.length < 2 && !fixed) return;
  await runLayout(cy, eles, { ...ADDED_LAYOUT, fixedNodeConstraint: fixed });
}

function centroid(nodes: NodeCollection): { x: number; y: number } {
  let x = 0;
  let y = 0;
  nodes.forEach((node) => {
    x += node.position('x');
    y += node.position('y');
  });
  return { x: x / nodes.length, y: y / nodes.length };
}
