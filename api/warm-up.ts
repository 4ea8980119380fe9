import type { GraphClient } from '../graph/client.js';
import { listKnownEntitiesCached } from '../graph/queries/list-known-entities.js';
import { ingestSource } from '../graph/write/ingest-source.js';
import { knownGraphFrom } from '../ingest/known-graph.js';
import { runPipeline } from '../ingest/run-pipeline.js';
import { LIST_SOURCES_QUERY } from '../web/src/api/list-sources.js';
import { OVERVIEW_QUERY, overviewVariables } from '../web/src/api/load-overview.js';
import { TIMELINE_QUERY } from '../web/src/api/load-timeline.js';
import { createGraphqlHandler } from './yoga.js';

// Right after a start, Neo4j has planned no query yet and both JITs are cold: on a busy two-core
// machine the web app's first requests took more than 10 s each, ran into the request deadline
// and left a new user with an error banner. Sending those same requests once, in process and
// with no short deadline, before the port opens fills Neo4j's plan cache for them.
// The same holds for the first "Add and review": 25 s cold against 5 s warm at load 8. So one
// short article of our own is ingested as a rehearsal, every step run and then rolled back.

/** The requests the web app sends on its first load, with the variables it sends. */
export const FIRST_LOAD_REQUESTS: readonly { query: string; variables: Record<string, unknown> }[] = [
  { query: LIST_SOURCES_QUERY, variables: {} },
  { query: OVERVIEW_QUERY, variables: overviewVariables({}) },
  { query: TIMELINE_QUERY, variables: { first: 100, from: null, to: null, match: 'POSSIBLY', status: null } },
];

const WARM_UP_DEADLINE_MS = 300_000;

// Invented places and people, so the rehearsal resolves nothing against the real graph and
// still walks every write: a source, entities, dated events, claims, relationships, the timeline
// order. Long enough to be planned and compiled as a real article is (a two-sentence rehearsal
// left the first real article at 3.7 s against 0.6 s warm).
const REHEARSAL_ARTICLE = {
  title: 'Warm-up: envoys of Zenda and Ruritania agree an exchange',
  outlet: 'Conflict Graph warm-up',
  url: null,
  byline: null,
  published: '2025-03-10',
  format: 'text' as const,
  text: [
    'Envoys of Zenda and Ruritania met in Strelsau on Monday and agreed to exchange 40 prisoners each.',
    'Zenda said the exchange would take place on 17 March 2025, after talks hosted by Freedonia.',
    'Ruritanian Foreign Minister Rudolf Elphberg said the deal was a first step towards a ceasefire.',
    'Zenda insists that Ruritania withdraw its troops from the border district of Tarlenheim.',
    'Ruritania rejects that demand and says the district has always been its own.',
    'On 2 March 2025, a drone strike hit a market in Tarlenheim, killing three people.',
    'Freedonia urged both sides to hold a second round of talks in Strelsau in April.',
    'The Strelsau Relief Society will oversee the exchange, its spokesperson Anna Varga said.',
  ].join('\n\n'),
};

export interface WarmUpResult {
  ms: number;
  /** One line per request that did not answer cleanly; warming never stops a start. */
  problems: string[];
  /** Proposals the ingest rehearsal wrote before it rolled them back. */
  rehearsedProposals: number;
}

export async function warmUp(client: GraphClient): Promise<WarmUpResult> {
  const started = performance.now();
  const yoga = createGraphqlHandler({
    client: client.withTransactionTimeout(WARM_UP_DEADLINE_MS),
    dev: false,
    corsOrigins: [],
    deadlineMs: WARM_UP_DEADLINE_MS,
  });
  const problems: string[] = [];
  for (const request of FIRST_LOAD_REQUESTS) {
    const name = /query (\w+)/.exec(request.query)?.[1] ?? 'query';
    try {
      const response = await yoga.fetch('http://warm-up/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      if (body.errors?.length) problems.push(`${name}: ${body.errors[0]?.message}`);
      else if (!body.data) problems.push(`${name}: answered ${response.status} without data`);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let rehearsedProposals = 0;
  try {
    const { entities, relationships } = await listKnownEntitiesCached(client);
    const result = runPipeline(REHEARSAL_ARTICLE, knownGraphFrom(entities, relationships));
    const meta = { author: { name: 'warm-up', tokenId: null }, rehearsal: true };
    rehearsedProposals = (await ingestSource(client, result, meta)).proposals.length;
  } catch (error) {
    problems.push(`ingest rehearsal: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ms: Math.round(performance.now() - started), problems, rehearsedProposals };
}
