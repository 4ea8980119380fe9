// The write rows of `npm run bench:api` (issue 11): each mutation over HTTP, with a token, next
// to the same write as ONE parameterised Cypher statement in a bare driver transaction. Samples
// alternate API and bare per mutation, in a chain whose steps set up the next one (create an
// entity, update it, link it, accept it, revert the accept, merge it away), so the load of the
// machine hits both sides alike and no sample is served from a cache of an earlier one. Each
// mutation asks only for `replayed` (no read after the write), except the accept, whose
// revision id the revert needs.
import { loadavg } from 'node:os';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { createToken } from '../api/auth/token-store.js';
import type { GraphClient } from '../graph/client.js';
import { addSource } from '../graph/write/add-source.js';
import { createEntity } from '../graph/write/create-entity.js';
import { percentile } from './measure.js';

export const WRITE_SAMPLES = 25;
const WARM_UP = 3;

export const MUTATIONS = [
  'addSource',
  'createEntity',
  'updateEntity',
  'createRelationship',
  'acceptProposals',
  'revert',
  'mergeEntities',
] as const;
type Mutation = (typeof MUTATIONS)[number];

const GQL: Record<Mutation, string> = {
  addSource: 'mutation ($input: AddSourceInput!) { addSource(input: $input) { replayed } }',
  createEntity: 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { replayed } }',
  updateEntity: 'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { replayed } }',
  createRelationship:
    'mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { replayed } }',
  acceptProposals:
    'mutation ($input: ReviewProposalsInput!) { acceptProposals(input: $input) { ids revisions { id } } }',
  revert: 'mutation ($input: RevertInput!) { revert(input: $input) { targetId } }',
  mergeEntities: 'mutation ($input: MergeEntitiesInput!) { mergeEntities(input: $input) { replayed } }',
};

// The same writes, bare: one statement each, no revision, no invariant check, no lock.
const BARE: Record<Mutation, string> = {
  addSource: `CREATE (s:Source {id: $id, kind: 'article', title: $title, text: $text, contentHash: $hash})`,
  createEntity: `MATCH (st:Statement {id: $statementId})
CREATE (n:Actor:Entity {id: $id, name: $name, kind: 'person', status: 'PROPOSED', version: 1})-[:EVIDENCED_BY]->(st)`,
  updateEntity: `MATCH (n:Entity {id: $id}) SET n.description = $description, n.version = n.version + 1`,
  createRelationship: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CREATE (a)-[:PARTICIPATED_IN {id: $relId, status: 'PROPOSED', evidenceIds: [$statementId], version: 1}]->(b)`,
  acceptProposals: `MATCH (n:Entity) WHERE n.id IN $ids SET n.status = 'ACCEPTED', n.version = n.version + 1`,
  revert: `MATCH (n:Entity {id: $id}) SET n.status = 'PROPOSED', n.version = n.version + 1`,
  mergeEntities: `MATCH (k:Entity {id: $keepId}), (d:Entity {id: $mergeId})
CALL (k, d) { MATCH (d)-[:EVIDENCED_BY]->(s) MERGE (k)-[:EVIDENCED_BY]->(s) }
CALL (k, d) { MATCH (d)-[:PARTICIPATED_IN]->(e) MERGE (k)-[:PARTICIPATED_IN]->(e) }
SET k.aliases = coalesce(k.aliases, []) + d.name
DETACH DELETE d
CREATE (:MergedEntity {id: $mergeId, into: $keepId})`,
};

export interface WriteRow {
  mutation: Mutation;
  apiP50: number;
  bareP50: number;
  loadAverage: number;
}

type Post = (query: string, variables: object, token: string) => Promise<Record<string, unknown>>;

export async function measureWrites(
  client: GraphClient,
  driver: Driver,
  database: string | undefined,
  post: Post,
): Promise<WriteRow[]> {
  const run = Date.now().toString(36);
  const meta = { author: { name: `bench-${run}`, tokenId: null } };
  const { token } = await createToken(client, `bench-writes-${run}`, 'editor');
  const text = `Bench ${run}. The delegations met in Geneva on Monday.`;
  const { sourceId } = await addSource(client, { text, title: `Bench writes ${run}` }, meta);
  const evidence = [{ sourceId, quote: 'The delegations met in Geneva on Monday.' }];
  const fixed = async (name: string, label: 'Actor' | 'Event', kind: string) =>
    (await createEntity(client, { label, name: `${name} ${run}`, kind, evidence }, meta)).entityId;
  const event = await fixed('Bench meeting', 'Event', 'peace-talks');
  const keeper = { api: await fixed('Bench keeper api', 'Actor', 'person'), bare: '' };
  keeper.bare = await fixed('Bench keeper bare', 'Actor', 'person');
  const [statement] = await client.read<{ id: string }>(
    'MATCH (s:Statement {sourceId: $sourceId}) RETURN s.id AS id',
    { sourceId },
  );
  const statementId = statement?.id ?? '';

  const bare = async (mutation: Mutation, params: Record<string, unknown>) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => tx.run(BARE[mutation], params));
    } finally {
      await session.close();
    }
  };
  const times = Object.fromEntries(MUTATIONS.map((m) => [m, { api: [] as number[], bare: [] as number[] }]));
  const timed = async (
    mutation: Mutation,
    side: 'api' | 'bare',
    counted: boolean,
    work: () => Promise<unknown>,
  ) => {
    const t0 = performance.now();
    const result = await work();
    if (counted) times[mutation]?.[side].push(performance.now() - t0);
    return result;
  };

  for (let i = 0; i < WARM_UP + WRITE_SAMPLES; i++) {
    const counted = i >= WARM_UP;
    const api = `actor:bench-api-${run}-${i}`;
    const plain = `actor:bench-bare-${run}-${i}`;
    const call = (m: Mutation, input: object) =>
      timed(m, 'api', counted, () => post(GQL[m], { input }, token));
    const direct = (m: Mutation, params: Record<string, unknown>) =>
      timed(m, 'bare', counted, () => bare(m, params));

    await call('addSource', { text: `${text} Copy ${i} over HTTP.`, title: `Bench ${i}` });
    await direct('addSource', {
      id: `source:bench-${run}-${i}`,
      title: `Bench ${i}`,
      text: `${text} Copy ${i} bare.`,
      hash: `bench:${run}:${i}`,
    });
    await call('createEntity', {
      entityKind: 'ACTOR',
      id: api,
      name: `Bench api ${run} ${i}`,
      kind: 'person',
      evidence,
    });
    await direct('createEntity', { id: plain, name: `Bench bare ${run} ${i}`, statementId });
    await call('updateEntity', { id: api, expectedVersion: 1, description: `sample ${i}` });
    await direct('updateEntity', { id: plain, description: `sample ${i}` });
    await call('createRelationship', { from: api, type: 'PARTICIPATED_IN', to: event, evidence });
    await direct('createRelationship', {
      from: plain,
      to: event,
      relId: `${plain}|PARTICIPATED_IN|${event}`,
      statementId,
    });
    const accepted = (await call('acceptProposals', { ids: [api] })) as {
      acceptProposals?: { revisions: { id: string }[] };
    };
    await direct('acceptProposals', { ids: [plain] });
    await call('revert', { revisionId: accepted.acceptProposals?.revisions[0]?.id });
    await direct('revert', { id: plain });
    await call('mergeEntities', { keepId: keeper.api, mergeIds: [api] });
    await direct('mergeEntities', { keepId: keeper.bare, mergeId: plain });
  }
  const load = loadavg()[0] ?? Number.NaN;
  return MUTATIONS.map((mutation) => {
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const t = times[mutation] ?? { api: [], bare: [] };
    return {
      mutation,
      apiP50: percentile(sorted(t.api), 50),
      bareP50: percentile(sorted(t.bare), 50),
      loadAverage: load,
    };
  });
}
