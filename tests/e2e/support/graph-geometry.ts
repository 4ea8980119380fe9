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
