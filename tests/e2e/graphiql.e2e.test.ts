import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type ApiUnderTest, startApi } from '../integration/api-http.js';
import { launchBrowser, screenshot, type TestBrowser } from '../support/browser.js';
import { connectTestClient } from '../support/test-neo4j.js';

// GraphiQL in a real browser: it must come entirely from our server (no CDN), and run a query.
describe('GraphiQL', () => {
  let client: GraphClient;
  let api: ApiUnderTest;
  let browser: TestBrowser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    client = await connectTestClient();
    api = await startApi(client);
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
    await page.goto(api.url);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.body.textContent?.includes('actor:ukraine'), undefined, {
      timeout: 30_000,
    });
    await screenshot(page, 'graphiql');
    const origin = new URL(api.url).origin;
    const foreign = requested.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
  });
});
