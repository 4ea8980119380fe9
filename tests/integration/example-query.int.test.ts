import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { PROJECT_ROOT } from '../../graph/project-paths.js';
import { type AppUnderTest, readWholeTimeline, startAppUnderTest } from '../support/app-under-test.js';
import { actorDegrees, quotesOfRelationship } from '../support/graph-truth.js';
import { connectTestClient } from '../support/test-neo4j.js';

const run = promisify(execFile);

describe('examples/query.ts', () => {
  let client: GraphClient;
  let app: AppUnderTest;
  let output: string;

  beforeAll(async () => {
    client = await connectTestClient();
    app = await startAppUnderTest(client);
    const { stdout } = await run(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['examples/query.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, GRAPHQL_URL: app.graphqlUrl, PAGE_SIZE: '5' },
      timeout: 120_000,
    });
    output = stdout;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await client?.close();
  });

  const section = (title: string) => output.split(title)[1]?.split('\n\n')[0] ?? '';

  it('prints every timeline event in the API’s order after paging with cursors', async () => {
    const timeline = await readWholeTimeline(app);
    expect(output).toContain(
      `Timeline: ${timeline.length} events in ${Math.ceil(timeline.length / 5)} page(s)`,
    );
    expect(section('Timeline:').match(/event:[\w-]+/g)).toEqual(timeline.map((event) => event.id));
  });

  it('ranks actors by degree as the graph says', async () => {
    const degrees = await actorDegrees(client);
    const printed = Object.fromEntries(
      [...section('Actors by degree').matchAll(/^\s+(\d+)\s+(actor:[\w-]+)/gm)].map((m) => [
        m[2],
        Number(m[1]),
      ]),
    );
    expect(printed).toEqual(degrees);
  });

  it('prints the quotes the graph holds for one relationship', async () => {
    const id = /Quotes behind (\S+):/.exec(output)?.[1] ?? '';
    const quotes = await quotesOfRelationship(client, id);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(output).toContain(`“${quote}”`);
  });

  it('says how to start the app when the API cannot be reached', async () => {
    const failed = await run(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['examples/query.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, GRAPHQL_URL: 'http://127.0.0.1:1/graphql' },
    }).catch((error: { stderr: string }) => error);
    expect((failed as { stderr: string }).stderr).toMatch(
      /Cannot reach http:\/\/127.0.0.1:1\/graphql.*npm start/,
    );
  });
});
