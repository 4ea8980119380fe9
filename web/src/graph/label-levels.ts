import type { BoundingBoxOptions, Core, NodeSingular } from 'cytoscape';
import { importanceOf, type LabelCandidate, pickLabels } from './label-placement.js';

// Keeps node labels readable at every zoom. Zoomed out, labels keep their on-screen size (the
// font grows in model units) instead of shrinking to specks; which labels fit is decided by
// importance (pickLabels), so the picture thins out by what matters, not by kind. Runs once the
// viewport has come to rest, and whenever the selection, filters or layout change.

export const LABEL_PX = 12;
/** Zoomed out further than this, labels stop growing and simply fewer of them fit. */
const MAX_SCALE = 3;
const SETTLE_MS = 60;

export const LABEL_OFF = 'label-off';

// Measured right after the font size changed, Cytoscape's cached label width is still the old
// one; a box cached from it is later used to cut the label's texture, so the drawn text was
// clipped at both ends ("ack S" for "Black Sea"). `useCache: false` (supported, untyped) measures
// afresh and re-caches the right box.
const FRESH: { useCache: boolean } = { useCache: false };
const LABEL_BOX: BoundingBoxOptions = {
  ...FRESH,
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
};
const NODE_BOX: BoundingBoxOptions = {
  ...FRESH,
  includeLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
};

function mustShow(node: NodeSingular): boolean {
  return node.hasClass('is-selected') || node.hasClass('on-path') || node.hasClass('evidence-hover');
}

export interface LabelLevels {
  /** Recomputes now (tests and exports call this; events schedule it). */
  refresh(): void;
  schedule(): void;
}

export function attachLabelLevels(cy: Core): LabelLevels {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Our own toggling of LABEL_OFF must not start another round.
  let applying = false;

  const refresh = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (cy.destroyed()) return;
    cy.scratch('labelsPending', false);
    if (cy.nodes().empty()) return;
    const scale = Math.min(MAX_SCALE, Math.max(1, 1 / cy.zoom()));
    const size = Math.round(LABEL_PX * scale * 10) / 10;
    const visible = cy.nodes().not('.hidden').nodes();
    cy.batch(() => {
      visible.forEach((node) => {
        if (node.data('labelSize') !== size) node.data('labelSize', size);
      });
    });
    const candidates: LabelCandidate[] = visible.map((node: NodeSingular) => {
      const focusBoost = node.hasClass('in-focus') ? 1000 : 0;
      return {
        id: node.id(),
        importance: mustShow(node)
          ? Number.POSITIVE_INFINITY
          : importanceOf(node.degree(false), node.data('evidenceCount') as number) + focusBoost,
        label: node.renderedBoundingBox(LABEL_BOX),
        node: node.renderedBoundingBox(NODE_BOX),
      };
    });
    const shown = pickLabels(candidates);
    applying = true;
    try {
      cy.batch(() => {
        visible.forEach((node) => {
          if (node.hasClass(LABEL_OFF) === shown.has(node.id())) node.toggleClass(LABEL_OFF);
        });
      });
    } finally {
      applying = false;
    }
    // Tests wait for this stamp rather than for time to pass.
    cy.scratch('labelsPlaced', (cy.scratch('labelsPlaced') ?? 0) + 1);
    cy.emit('labels-placed');
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
    // Tests wait for this to clear (labels placed for the view as it is now).
    cy.scratch('labelsPending', true);
  };

  cy.on('viewport resize layoutstop', schedule);
  cy.on('class', 'node', () => {
    if (!applying) schedule();
  });
  return { refresh, schedule };
}
