import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../graph/model/relationship-types.js';
import { connectTestClient } from '../support/test-neo4j.js';
import {
  codeOf,
  createTestToken,
  dataOf,
  removeWritesBy,
  startWriteApi,
  type WriteApi,
} from '../support/write-api.js';

// Issue 11 item 1 over HTTP: every read answers accepted items unless its `status` argument asks
// for more; proposals are read with a token only (any role), by list and by id; stats count by
// status. The proposals made here join an accepted seed entity, as ingestion's do.
const EDITOR = 'status-reads-editor';
const READER = 'status-reads-reader';
const TEXT =
  'Graustark hosted talks with Ukraine in Edelweiss on Tuesday. The Graustark summit ended without a deal.';

let client: GraphClient;
let api: WriteApi;
let editor: string;
let reader: string;
const ids = { source: '', actor: '', event: '', link: '' };

const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`;
const CREATE_RELATIONSHIP = `mutation ($input: CreateRelationshipInput!) {
  createRelationship(input: $input) { relationship { id } }
}`;

beforeAll(async () => {
  client = await connectTestClient();
  api = await startWriteApi(client);
  editor = await createTestToken(client, EDITOR, 'editor');
  reader = await createTestToken(client, READER, 'reader');
  const added = dataOf(
    await api.call<{ addSource: { source: { id: string } } }>(
      'mutation ($input: AddSourceInput!) { addSource(input: $input) { source { id } } }',
      { input: { text: TEXT, title: 'Talks in Edelweiss' } },
      editor,
    ),
  );
  ids.source = added.addSource.source.id;
  const create = async (input: Record<string, unknown>) =>
    dataOf(await api.call<{ createEntity: { entity: { id: string } } }>(CREATE_ENTITY, { input }, editor))
      .createEntity.entity.id;
  ids.actor = await create({
    entityKind: 'ACTOR',
    name: 'Graustark',
    kind: 'state',
    evidence: [{ sourceId: ids.source, quote: 'Graustark hosted talks' }],
  });
  ids.event = await create({
    entityKind: 'EVENT',
    name: 'Graustark summit',
    kind: 'peace-talks',
    earliest: '2025-06-03',
    latest: '2025-06-03',
    precision: 'day',
    evidence: [{ sourceId: ids.source, quote: 'The Graustark summit ended without a deal' }],
  });
  ids.link = dataOf(
    await api.call<{ createRelationship: { relationship: { id: string } } }>(
      CREATE_RELATIONSHIP,
      {
        input: {
          from: 'actor:ukraine',
          type: 'PARTICIPATED_IN',
          to: ids.event,
          evidence: [{ sourceId: ids.source, quote: 'talks with Ukraine' }],
        },
      },
      editor,
    ),
  ).createRelationship.relationship.id;
});

afterAll(async () => {
  await removeWritesBy(client, [EDITOR, READER]);
  await api?.close();
  await client?.close();
});

const idsOf = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

// Many plans are made cold here (each list, with and without status): budgets for a busy machine.
describe('the status argument of reads', { timeout: 180_000 }, () => {
  // One request per list: a request's deadline covers planning, which a busy machine makes slow.
  const lists = (status: string) => ({
    actors: `actors(text: "Graustark"${status}) { edges { node { id } } }`,
    events: `events(text: "Graustark"${status}) { edges { node { id } } }`,
    timeline: `timeline(from: "2025-06-03", to: "2025-06-03"${status}) { edges { node { id } } }`,
    relationships: `relationships(entityIds: ["actor:ukraine"], first: 100${status}) { edges { node { id } } }`,
    statements: `statements(sourceIds: ["${ids.source}"]${status}) { edges { node { id } } }`,
  });
  async function listed(field: string, token: string): Promise<string[]> {
    const data = dataOf(
      await api.call<Record<string, { edges: { node: { id: string } }[] }>>(`{ ${field} }`, {}, token),
    );
    return Object.values(data).flatMap((connection) => idsOf(connection));
  }

  it('leaves proposals out of every default read', async () => {
    const fields = lists('');
    expect(await listed(fields.actors, reader)).toEqual([]);
    expect(await listed(fields.events, reader)).toEqual([]);
    expect(await listed(fields.timeline, reader)).not.toContain(ids.event);
    expect(await listed(fields.relationships, reader)).not.toContain(ids.link);
    expect(await listed(fields.statements, reader)).toEqual([]);
  });

  it('lists proposals to a reader token that asks for them, beside accepted ends', async () => {
    const proposed = lists(', status: [PROPOSED]');
    expect(await listed(proposed.actors, reader)).toEqual([ids.actor]);
    expect(await listed(lists(', status: [PROPOSED, ACCEPTED]').events, reader)).toEqual([ids.event]);
    expect(await listed(proposed.timeline, reader)).toEqual([ids.event]);
    expect(await listed(proposed.relationships, reader)).toEqual([ids.link]);
    expect(await listed(proposed.statements, reader)).toHaveLength(3);
  });

  it('finds proposals by search, neighborhood and path only when asked', async () => {
    const found = async (status: string[] | null) => {
      const call = async <T>(query: string) =>
        dataOf(await api.call<T>(`query ($status: [ReviewStatus!]) { ${query} }`, { status }, reader));
      const { search } = await call<{ search: { entity: { id: string } }[] }>(
        'search(query: "Graustark summit", status: $status) { entity { id } }',
      );
      const { searchStatements } = await call<{ searchStatements: unknown[] }>(
        'searchStatements(query: "Graustark summit", status: $status) { statement { id } }',
      );
      const { neighborhood } = await call<{ neighborhood: { nodes: { id: string }[] } }>(
        'neighborhood(id: "actor:ukraine", status: $status, limit: 500) { nodes { id } }',
      );
      const { paths } = await call<{ paths: { length: number }[] }>(
        `paths(from: "actor:ukraine", to: "${ids.event}", status: $status) { length }`,
      );
      return {
        search: search.map((hit) => hit.entity.id).includes(ids.event),
        searchStatements: searchStatements.length > 0,
        neighborhood: neighborhood.nodes.map((node) => node.id).includes(ids.event),
        paths: paths.map((path) => path.length),
      };
    };
    expect(await found(null)).toEqual({
      search: false,
      searchStatements: false,
      neighborhood: false,
      paths: [],
    });
    expect(await found(['ACCEPTED', 'PROPOSED'])).toEqual({
      search: true,
      searchStatements: true,
      neighborhood: true,
      paths: [1],
    });
  });

  it('refuses proposals to a caller without a token, and an empty status list', async () => {
    for (const query of [
      '{ actors(status: [PROPOSED]) { totalCount } }',
      '{ relationships(status: [REJECTED]) { totalCount } }',
      '{ timeline(status: [ACCEPTED, PROPOSED]) { totalCount } }',
      '{ search(query: "Graustark", status: [PROPOSED]) { score } }',
    ]) {
      const answer = await api.call(query);
      expect(codeOf(answer), query).toBe('UNAUTHENTICATED');
      expect(answer.errors?.[0]?.message).toMatch(/needs a token/);
    }
    expect(codeOf(await api.call('{ actors(status: []) { totalCount } }', {}, reader))).toBe(
      'BAD_USER_INPUT',
    );
    expect(dataOf(await api.call('{ actors(status: [ACCEPTED]) { totalCount } }'))).toBeTruthy();
  });

  it('answers a proposal by id to token holders only, its history too', async () => {
    const byId = `query ($id: ID!, $link: ID!) { entity(id: $id) { id } node(id: $id) { id } relationship(id: $link) { id } }`;
    const variables = { id: ids.event, link: ids.link };
    expect(dataOf(await api.call(byId, variables))).toEqual({ entity: null, node: null, relationship: null });
    expect(dataOf(await api.call(byId, variables, reader))).toEqual({
      entity: { id: ids.event },
      node: { id: ids.event },
      relationship: { id: ids.link },
    });
    const history = `query ($id: ID!) { history(id: $id) { totalCount } }`;
    expect(codeOf(await api.call(history, { id: ids.event }))).toBe('UNAUTHENTICATED');
    const read = dataOf(
      await api.call<{ history: { totalCount: number } }>(history, { id: ids.event }, reader),
    );
    expect(read.history.totalCount).toBeGreaterThan(0);
    expect(dataOf(await api.call(history, { id: 'actor:ukraine' }))).toBeTruthy();
  });

  it('counts the timeline without proposals unless asked, and stats by status', async () => {
    type Counts = {
      all: { totalCount: number };
      withProposals: { totalCount: number };
      stats: { byStatus: { status: string; entities: number; statements: number; relationships: number }[] };
    };
    const counts = dataOf(
      await api.call<Counts>(
        `{ all: timeline { totalCount } withProposals: timeline(status: [ACCEPTED, PROPOSED]) { totalCount }
           stats { byStatus { status entities statements relationships } } }`,
        {},
        reader,
      ),
    );
    const [accepted] = await client.read<{ n: number }>(
      "MATCH (n:Event) WHERE coalesce(n.status, 'ACCEPTED') = 'ACCEPTED' RETURN count(n) AS n",
    );
    expect(counts.all.totalCount).toBe(accepted?.n);
    expect(counts.withProposals.totalCount).toBe((accepted?.n ?? 0) + 1);
    const expected = await client.read<{
      status: string;
      entities: number;
      statements: number;
      relationships: number;
    }>(
      `UNWIND ['PROPOSED', 'ACCEPTED', 'REJECTED'] AS status
       RETURN status,
         COUNT { MATCH (n:Entity) WHERE coalesce(n.status, 'ACCEPTED') = status } AS entities,
         COUNT { MATCH (n:Statement) WHERE coalesce(n.status, 'ACCEPTED') = status } AS statements,
         COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types AND coalesce(r.status, 'ACCEPTED') = status } AS relationships`,
      { types: RELATIONSHIP_TYPE_NAMES },
    );
    expect(counts.stats.byStatus).toEqual(expected);
    expect(counts.stats.byStatus.find((c) => c.status === 'PROPOSED')).toMatchObject({
      entities: 2,
      statements: 3,
      relationships: 1,
    });
  });
});
