import type { Page } from 'playwright-core';

// Reading the web app from the inside: the Cytoscape instance (`window.__cy`) and the app's
// state (`window.__app`), never pixels. Clicks still go through the mouse, like a user's.

interface CyLike {
  nodes(selector?: string): { map<T>(fn: (n: { id(): string }) => T): T[]; length: number };
  getElementById(id: string): {
    empty(): boolean;
    hasClass(name: string): boolean;
    renderedPosition(): { x: number; y: number };
  };
  animated(): boolean;
}

type WithCy = { __cy: CyLike };

// The first load reads the whole graph and timeline, then lays it out: on a busy machine, with
// a cold Neo4j, that has taken more than Playwright's default 30 s.
export const GRAPH_LOAD_BUDGET_MS = 120_000;

export async function waitForGraph(page: Page, state: 'drawn' | 'settled' = 'settled'): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const graph = document.body.dataset.graph;
      const drawn = wanted === 'drawn' ? graph === 'drawn' || graph === 'settled' : graph === 'settled';
      return drawn && document.body.dataset.status === 'ready';
    },
    state,
    { timeout: GRAPH_LOAD_BUDGET_MS },
  );
}

export function nodeIds(page: Page, selector = ''): Promise<string[]> {
  return page.evaluate((sel) => {
    const cy = (window as unknown as WithCy).__cy;
    return cy.nodes(sel || undefined).map((n) => n.id());
  }, selector);
}

export function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (
      window as unknown as { __cy: { elements(s: string): { map<T>(fn: (e: { id(): string }) => T): T[] } } }
    ).__cy;
    return cy.elements('.is-selected').map((e) => e.id());
  });
}

export function hasClass(page: Page, id: string, name: string): Promise<boolean> {
  return page.evaluate(
    ([elementId, className]) =>
      (window as unknown as WithCy).__cy.getElementById(elementId as string).hasClass(className as string),
    [id, name],
  );
}

/** Clicks a node where it is drawn (after any animation has finished). */
export async function clickNode(
  page: Page,
  id: string,
  modifiers: ('Shift' | 'Control')[] = [],
): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as WithCy).__cy.animated());
  const point = await page.evaluate((nodeId) => {
    const cy = (window as unknown as WithCy).__cy;
    const node = cy.getElementById(nodeId);
    if (node.empty()) throw new Error(`No node ${nodeId} in the graph`);
    const position = node.renderedPosition();
    const box = (document.querySelector('.graph-canvas') as HTMLElement).getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(point.x, point.y);
  for (const key of modifiers) await page.keyboard.up(key);
}
