// `npm run bench:scale-load [-- --size=10000 --part=20000]`: the load rate of the seed writer
// alone (graph/seed/write-seed-plan.ts, the path real data takes) on a generated corpus, with
// where the time goes: each statement's share, summed over the parts. Uses NEO4J_URI when set,
// otherwise the project's own Neo4j. Removes only what it generated (ids containing ":gen-").

import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { GraphClient } from '../graph/client.js';
import { readGraphConfig } from '../graph/config.js';
import { openGraph } from '../graph/open-graph.js';
import { applyMigrations } from '../graph/schema/apply-migrations.js';
import { writeSeedParts } from '../graph/seed/write-seed-parts.js';
import { generateCorpus } from './corpus/generate-corpus.js';
import { removeCorpus } from './corpus/remove-corpus.js';
import { splitPlan } from './corpus/split-plan.js';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '10000' }, part: { type: 'string', default: '20000' } },
});
const size = Number(values.size);
const partSize = Number(values.part);

const log = (line: string) => console.log(line);
const config = readGraphConfig();
const graph = await openGraph(config, { log });
const credentials = graph.local ?? {
  uri: config.uri ?? '',
  username: config.username,
  password: config.password ?? '',
};
const writer = await GraphClient.connect({ ...credentials, transactionTimeoutMs: 30 * 60_000 });

// Time per statement: the first line of its text names it well enough.
const spent = new Map<string, { ms: number; calls: number }>();
const timedTx = (tx: ManagedTransaction): ManagedTransaction =>
  new Proxy(tx, {
    get(target, key, receiver) {
      if (key !== 'run') return Reflect.get(target, key, receiver);
      return async (cypher: string, params?: Record<string, unknown>) => {
        const started = performance.now();
        try {
          return await target.run(cypher, params);
        } finally {
          const name = cypher.trim().split('\n').slice(0, 2).join(' ').slice(0, 90);
          const entry = spent.get(name) ?? { ms: 0, calls: 0 };
          spent.set(name, { ms: entry.ms + performance.now() - started, calls: entry.calls + 1 });
        }
      };
    },
  });
const writeTx = writer.writeTx.bind(writer);
writer.writeTx = (work) => writeTx((tx) => work(timedTx(tx)));

try {
  await applyMigrations(graph.client);
  await removeCorpus(writer);
  const plan = generateCorpus(size);
  const nodes = plan.sources.length + plan.statements.length + plan.entities.length;
  const started = performance.now();
  await writeSeedParts(writer, splitPlan(plan, partSize));
  const seconds = (performance.now() - started) / 1000;
  log(
    `\n${size} events: ${nodes} nodes, ${plan.relationships.length} relationships in ${seconds.toFixed(1)} s = ${(nodes / seconds).toFixed(0)} nodes/s (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')})\n`,
  );
  log('| statement | calls | s | share |\n| --- | --: | --: | --: |');
  const total = [...spent.values()].reduce((sum, e) => sum + e.ms, 0);
  for (const [name, e] of [...spent].sort((a, b) => b[1].ms - a[1].ms)) {
    log(`| ${name} | ${e.calls} | ${(e.ms / 1000).toFixed(1)} | ${((100 * e.ms) / total).toFixed(0)} % |`);
  }
} finally {
  await removeCorpus(writer).catch(() => undefined);
  await writer.close();
  await graph.stop();
}
