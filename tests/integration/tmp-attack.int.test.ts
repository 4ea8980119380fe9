import { it } from 'vitest';
import { createGraphqlHandler } from '../../api/yoga.js';
import { connectTestClient } from '../support/test-neo4j.js';

it('attack timing', async () => {
  const client = await connectTestClient();
  const yoga = createGraphqlHandler({ client, dev: false, corsOrigins: '*' });
  const run = async (query: string) => {
    const t = performance.now();
    const res = await yoga.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    console.log(
      'ATTACK',
      res.status,
      (performance.now() - t).toFixed(0),
      'ms',
      text.length,
      text.slice(0, 300),
      'queries',
      client.queryCount,
    );
    return text;
  };
  const ids = await run('{ sources(first: 3) { edges { node { id statements { id } } } } }');
  const id = /"id":"(source:[^"]+)"/.exec(ids)?.[1];
  await run(`{ node(id: "${id}") { ... on Source { statements { source { statements { id } } } } } }`);
  await run(
    `{ node(id: "${id}") { ... on Source { statements { source { statements { source { statements { source { text } } } } } } } } }`,
  );
  await run('{ stats { entityCount } }');
  await client.close();
}, 300_000);
