import type { Page } from 'playwright-core';

// Reading the canvas's geometry from Cytoscape itself (rendered pixels), never from a screenshot.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface FrameNode {
  id: string;
  name: string;
  box: Box;
  labelShown: boolean;
}

export interface GraphFrame {
  zoom: number;
  width: number;
  height: number;
  nodes: FrameNode[];
}

interface CyNode {
  id(): string;
  data(key: string): unknown;
  visible(): boolean;
  hasClass(name: string): boolean;
  renderedBoundingBox(options?: object): Box;
  style(name: string): string;
}
interface Cy {
  zoom(): number;
  width(): number;
  height(): number;
  nodes(): { filter(fn: (n: CyNode) => boolean): { map<T>(fn: (n: CyNode) => T): T[] } };
  scratch(key: string): unknown;
  animated(): boolean;
}

/** Waits until labels have been placed for the current view and no animation runs. */
export async function labelsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      return (
        !cy.animated() && Number(cy.scratch('labelsPlaced') ?? 0) > 0 && cy.scratch('labelsPending') === false
      );
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Waits until neither the camera nor the reader moves: no Cytoscape animation, and the reader's
 * scroll position the same for ten frames in a row (a smooth scroll moves it every frame).
 */
export async function viewsAtRest(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __stillFrames: number }).__stillFrames = 0;
  });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __cy: Cy; __stillFrames: number; __lastTop?: number };
      const top = document.querySelector('#panel-reader .reader-body')?.scrollTop ?? 0;
      w.__stillFrames = top === w.__lastTop && !w.__cy.animated() ? w.__stillFrames + 1 : 0;
      w.__lastTop = top;
      return w.__stillFrames >= 10;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
}

export function graphFrame(page: Page): Promise<GraphFrame> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: Cy }).__cy;
    return {
      zoom: cy.zoom(),
      width: cy.width(),
      height: cy.height(),
      nodes: cy
        .nodes()
        .filter((n) => n.visible())
        .map((n) => ({
          id: n.id(),
          name: String(n.data('label')),
          box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
          labelShown: !n.hasClass('label-off'),
        })),
    };
  });
}

/** Node labels drawn now: their rendered boxes and on-screen font size. */
export function shownLabels(page: Page): Promise<{ id: string; box: Box; px: number }[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: Cy }).__cy;
    return cy
      .nodes()
      .filter((n) => n.visible() && Number(n.style('text-opacity')) > 0 && String(n.data('display')) !== '')
      .map((n) => ({
        id: n.id(),
        box: n.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
        }),
        px: Number.parseFloat(n.style('font-size')) * cy.zoom(),
      }));
  });
}

/**
 * Shown labels whose box is narrower than their text. Cytoscape cuts each label's drawn texture
 * to that box, so such a label is drawn clipped at both ends ("ack S" for "Black Sea") while
 * every box-based check passes. The text is measured with the canvas, at the label's own font.
 */
export function labelsCutShort(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: Cy }).__cy;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('No 2D canvas to measure text with');
    return cy
      .nodes()
      .filter((n) => n.visible() && Number(n.style('text-opacity')) > 0 && String(n.data('display')) !== '')
      .map((n) => {
        context.font = `${n.style('font-size')} ${n.style('font-family')}`;
        const lines = String(n.style('label')).split('\n');
        const text = Math.max(...lines.map((line) => context.measureText(line).width));
        const box = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        const width = (box.x2 - box.x1) / cy.zoom();
        return width + 0.5 < text ? `${n.id()}: box ${width.toFixed(1)} < text ${text.toFixed(1)}` : '';
      })
      .filter(Boolean);
  });
}

/** How many times the labels have been placed so far (label-levels.ts stamps each round). */
export function labelRounds(page: Page): Promise<number> {
  return page.evaluate(() => Number((window as unknown as { __cy: Cy }).__cy.scratch('labelsPlaced') ?? 0));
}

/** Waits for a round of label placement after `round`, then for it to settle. */
export async function labelsPlacedAfter(page: Page, round: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number((window as unknown as { __cy: Cy }).__cy.scratch('labelsPlaced') ?? 0) > n,
    round,
    { timeout: 60_000 },
  );
  await labelsSettled(page);
}

/** The model point at the centre of the graph's view, and the zoom: what a shared link keeps. */
export function viewCentre(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: Cy & { pan(): { x: number; y: number } } }).__cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
  });
}
