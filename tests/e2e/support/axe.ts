import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core injected into the page under test, the way its own Playwright integration does:
// the real rules, run against the real DOM in Chromium.

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Loads axe-core into every document the page opens. An init script comes through the DevTools
 * protocol, so the app's Content-Security-Policy (script-src 'self') does not block it.
 */
export async function installAxe(page: Page): Promise<void> {
  await page.addInitScript({ path: axePath });
}

/** Serious and critical WCAG 2.x A/AA violations on the page as it is now (after installAxe). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}
