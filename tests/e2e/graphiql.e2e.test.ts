import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { connectTestClient } from '../support/test-neo4j.js';

// GraphiQL in a real browser: it must come entirely from our server (no CDN), and run a query.
describe('GraphiQL', () => {
  let client: GraphClient;
  let api: AppUnderTest;
  let browser: TestBrowser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    client = await connectTestClient();
    api = await startAppUnderTest(client, { dev: true });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await client?.close();
  });

  it('loads from the API server alone and runs the example query', async () => {
    await page.goto(api.graphqlUrl);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.body.textContent?.includes('actor:ukraine'), undefined, {
      timeout: 30_000,
    });
    await screenshot(page, 'graphiql');
    const origin = new URL(api.graphqlUrl).origin;
    const foreign = requested.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
  });
});
