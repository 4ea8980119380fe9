import type { BrowserContext, Page } from 'playwright-core';

// What bench/web-scale.ts measures on an open page. Page code goes in as text: tsx would wrap
// inline functions in a helper the page lacks.

/**
 * A real mouse click on the best connected node on screen: ms from the mousedown to the first
 * frame that shows it selected, and to the frame whose details panel names it.
 */
export async function clickTiming(page: Page): Promise<{ selection: number; details: number }> {
  const target = (await page.evaluate(`(() => {
    const cy = window.__cy;
    const box = document.getElementById('graph-canvas').getBoundingClientRect();
    const inside = cy.nodes(':visible').filter((n) => {
      const p = n.renderedPosition();
      return p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20;
    });
    const node = inside.max((n) => n.degree()).ele;
    const p = node.renderedPosition();
    return { id: node.id(), label: node.data('label'), x: box.left + p.x, y: box.top + p.y };
  })()`)) as { id: string; label: string; x: number; y: number };
  await page.evaluate(`(() => {
    const probe = { t0: 0, selection: 0, details: 0 };
    window.__clickProbe = probe;
    document.addEventListener('mousedown', () => {
      probe.t0 = performance.now();
      const frame = () => {
        const now = performance.now();
        if (!probe.selection && window.__cy.getElementById(${JSON.stringify(target.id)}).hasClass('is-selected'))
          probe.selection = now - probe.t0;
        const panel = document.getElementById('panel-details');
        if (!probe.details && panel && panel.textContent.includes(${JSON.stringify(target.label)}))
          probe.details = now - probe.t0;
        if ((!probe.selection || !probe.details) && now - probe.t0 < 10000) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, { capture: true, once: true });
  })()`);
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction('window.__clickProbe.selection > 0 && window.__clickProbe.details > 0', null, {
    timeout: 15_000,
  });
  return (await page.evaluate('window.__clickProbe')) as { selection: number; details: number };
}

/** Frames per second while the graph is panned continuously for two seconds. */
export async function panningFps(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((done) => {
    const cy = window.__cy;
    let frames = 0;
    const start = performance.now();
    const step = () => {
      frames++;
      cy.panBy({ x: Math.sin(frames / 10) * 6, y: 2 * Math.cos(frames / 10) });
      if (performance.now() - start < 2000) requestAnimationFrame(step);
      else done(frames / ((performance.now() - start) / 1000));
    };
    requestAnimationFrame(step);
  })`)) as number;
}

/** The page's used JS heap in MB, after a garbage collection. */
export async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}
