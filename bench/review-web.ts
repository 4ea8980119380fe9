// `bench:web`'s review rows: time from "Add and review" to the first proposal on screen, and the
// response time of review actions (accept, then undo, alternating) as the analyst sees it: from
// the key press to the screen's message. Writes as a throwaway token and removes everything it
// wrote afterwards (the database is the developer's own).
import { resolve } from 'node:path';
import type { GraphClient } from '../graph/client.js';
import { PROJECT_ROOT } from '../graph/project-paths.js';
import type { TestBrowser } from '../tests/support/browser.js';
import { createTestToken, removeWritesBy } from '../tests/support/write-api.js';

const AUTHOR = 'bench-review';
const FIXTURES = [
  '01-istanbul-talks-may-2025.txt',
  '02-swap-completed-may-2025.txt',
  '04-uae-swap-august-2025.txt',
];
const ACTIONS = Number(process.env.BENCH_REVIEW_ACTIONS ?? 20);

export interface ReviewTimings {
  firstProposal: number[];
  action: number[];
}

export async function measureReview(
  browser: TestBrowser,
  url: string,
  client: GraphClient,
): Promise<ReviewTimings> {
  await removeWritesBy(client, [AUTHOR]);
  const token = await createTestToken(client, AUTHOR, 'editor');
  const timings: ReviewTimings = { firstProposal: [], action: [] };
  const page = await browser.newPage();
  try {
    await page.addInitScript(`sessionStorage.setItem('conflict-graph.token', ${JSON.stringify(token)})`);
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.status === 'ready', null, { timeout: 60_000 });
    for (const fixture of FIXTURES) {
      await page.getByRole('button', { name: 'Add a source' }).click();
      await page
        .locator('#add-source-file')
        .setInputFiles(resolve(PROJECT_ROOT, 'ingest/fixtures/articles', fixture));
      await page.locator('.add-source-status', { hasText: 'Read ' }).waitFor();
      const start = performance.now();
      await page.getByRole('button', { name: 'Add and review' }).click();
      await page.locator('.review-screen[open] .review-panel-item').waitFor({ timeout: 120_000 });
      timings.firstProposal.push(performance.now() - start);
      if (fixture !== FIXTURES.at(-1)) await page.keyboard.press('Escape');
    }
    // Accept and undo the first entity proposal of the last source, alternating.
    const message = page.locator('.review-message');
    for (let i = 0; i < ACTIONS; i++) {
      const key = i % 2 === 0 ? 'a' : 'u';
      const before = await message.textContent();
      const start = performance.now();
      await page.keyboard.press(key);
      await page.waitForFunction(
        (old) => {
          const text = document.querySelector('.review-message')?.textContent ?? '';
          return text !== old && text !== '';
        },
        before,
        { timeout: 60_000 },
      );
      timings.action.push(performance.now() - start);
      // The same message twice in a row would not show as a change: clear it between actions.
      await page.evaluate(() => {
        const box = document.querySelector('.review-message');
        if (box) box.textContent = '';
      });
      if (key === 'u') await page.keyboard.press('k');
    }
  } catch (error) {
    // What the analyst would have seen: the add dialog's and the review screen's own words.
    const shot = resolve(PROJECT_ROOT, '.data/bench-review-failure.png');
    await page.screenshot({ path: shot }).catch(() => undefined);
    const said = await page
      .locator('.add-source-status, .review-screen[open], [role="alert"]')
      .allTextContents()
      .catch(() => []);
    console.error(
      `Review bench stopped; the screen said: ${said.join(' | ').slice(0, 2_000)} (screenshot: ${shot})`,
    );
    throw error;
  } finally {
    await page.close();
    await client.write('MATCH ()-[r]->() WHERE r.createdBy IN $authors DELETE r', { authors: [AUTHOR] });
    await removeWritesBy(client, [AUTHOR]);
  }
  return timings;
}
