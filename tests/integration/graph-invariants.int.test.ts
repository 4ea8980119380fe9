import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLObjectType, getNamedType, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { isUndirected, type RelationshipType } from '../../graph/model/relationship-types.js';
import { type AppUnderTest, firstCode, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// Invariants of issue 9 ("Truth first") that hold over the whole seeded graph, whatever sources
// it holds: each spec reads every entity or relationship there is, not one example.
let client: GraphClient;
let api: AppUnderTest;

beforeAll(async () => {
  client = await connectTestClient();
  // Whole-graph sweeps: a deadline a busy machine cannot run out of (the invariants are the subject).
  api = await startAppUnderTest(client, { deadlineMs: 60_000 });
});

afterAll(async () => {
  await api?.close();
  await client?.close();
});

// The published contract (api/schema.graphql, kept fresh by tests/schema), built by this file's
// own copy of graphql-js: the app's schema object comes from another copy under vitest, and
// graphql's instanceof checks fail across copies, which left the audit with no fields to check.
const published = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));
const TARGET_FIELDS = ['actor', 'place', 'issue', 'event', 'claim', 'entity'];

// Optional arguments (filters with defaults) do not keep a link field out of the audit.
const isRequiredArgument = (arg: { type: unknown; defaultValue: unknown }) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

/** Fields of an object type whose type is a `…Link` (a relationship seen from the entity). */
function linkFieldsOf(typeName: string): { field: string; targetField: string; targetType: string }[] {
  const type = published.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type`);
  return Object.values(type.getFields()).flatMap((field) => {
    const link = getNamedType(field.type);
    if (
      !(link instanceof GraphQLObjectType) ||
      !link.name.endsWith('Link') ||
      field.args.some(isRequiredArgument)
    )
      return [];
    const target = Object.values(link.getFields()).find((f) => TARGET_FIELDS.includes(f.name));
    if (!target) throw new Error(`${link.name} has no target field`);
    return [{ field: field.name, targetField: target.name, targetType: getNamedType(target.type).name }];
  });
}

describe('link fields (class 3: wrong types in answers)', () => {
  it('finds the link fields of every entity type in the published schema', () => {
    const counts = Object.fromEntries(
      ['Actor', 'Place', 'Issue', 'Event', 'Claim'].map((label) => [label, linkFieldsOf(label).length]),
    );
    for (const [label, n] of Object.entries(counts)) expect(n, label).toBeGreaterThanOrEqual(3);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(30);
  });

  it('returns, for every entity and every link field, only targets of the type the field declares', {
    timeout: 180_000,
  }, async () => {
    const entities = await client.read<{ id: string; label: string }>(
      `MATCH (n:Entity) RETURN n.id AS id,
         head([l IN labels(n) WHERE l IN ['Actor','Place','Issue','Event','Claim']]) AS label`,
    );
    const labels = [...new Set(entities.map((e) => e.label))];
    expect(labels.sort()).toEqual(['Actor', 'Claim', 'Event', 'Issue', 'Place']);
    let checked = 0;
    const fieldsWithHits = new Set<string>();
    for (const label of labels) {
      const links = linkFieldsOf(label);
      const selections = links.map((l) => `${l.field} { ${l.targetField} { __typename id } }`);
      const ids = entities.filter((e) => e.label === label).map((e) => e.id);
      const res = await api.query<{ nodes: Record<string, unknown>[] }>(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${label} { ${selections.join(' ')} } } }`,
        { ids },
      );
      expect(res.errors).toBeUndefined();
      for (const node of res.data?.nodes ?? []) {
        for (const { field, targetField, targetType } of links) {
          const hits = (node[field] as Record<string, { __typename: string; id: string }>[] | null) ?? [];
          for (const hit of [hits].flat()) {
            const target = hit?.[targetField];
            if (!target) continue;
            checked++;
            fieldsWithHits.add(`${label}.${field}`);
            const prefix = target.id.slice(0, target.id.indexOf(':'));
            expect(target.__typename.toLowerCase(), `${label}.${field} → ${target.id}`).toBe(prefix);
            if (targetType !== 'Entity') expect(target.__typename, `${label}.${field}`).toBe(targetType);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(fieldsWithHits.size).toBeGreaterThan(20);
  });
});

describe('paths (class 4: paths revisit nodes)', () => {
  // Every actor to every event the article states (about a hundred searches): a budget for a busy machine.
  it('never passes through the same entity twice, from every actor to every article event', {
    timeout: 300_000,
  }, async () => {
    const actors = await client.read<{ id: string }>('MATCH (n:Actor) RETURN n.id AS id ORDER BY id');
    const events = await client.read<{ id: string }>(
      "MATCH (n:Event) WHERE n.origin = 'article' OR n.id = 'event:black-sea-grain-initiative-signed' RETURN n.id AS id ORDER BY id",
    );
    const query = `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, first: 10) { nodes { id } } }`;
    let paths = 0;
    for (const { id: from } of actors) {
      for (const { id: to } of events) {
        const res = await api.query<{ paths: { nodes: { id: string }[] }[] }>(query, { from, to });
        expect(res.errors, `${from} → ${to}`).toBeUndefined();
        for (const path of res.data?.paths ?? []) {
          paths++;
          const ids = path.nodes.map((n) => n.id);
          expect(new Set(ids).size, `${from} → ${to}: ${ids.join(' → ')}`).toBe(ids.length);
        }
      }
    }
    expect(paths).toBeGreaterThan(actors.length);
  });
});

describe('relationship ids (class 10: ids depend on direction)', () => {
  it('finds every relationship of an undirected type by its id written either way round', async () => {
    const rows = await client.read<{ id: string; type: RelationshipType; from: string; to: string }>(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IS NOT NULL RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to',
    );
    const undirected = rows.filter((row) => isUndirected(row.type));
    expect(undirected.length).toBeGreaterThan(0);
    for (const row of undirected) {
      expect(row.from < row.to, `${row.id} is stored with its ends in id order`).toBe(true);
      for (const id of [row.id, `${row.to}|${row.type}|${row.from}`]) {
        const res = await api.query<{ relationship: { id: string } | null }>(
          'query ($id: ID!) { relationship(id: $id) { id } }',
          { id },
        );
        expect(res.data?.relationship?.id, id).toBe(row.id);
      }
    }
  });

  it('answers an unknown relationship type in an id with BAD_USER_INPUT listing the types', async () => {
    const res = await api.query('{ relationship(id: "claim:a|OPOSES|claim:b") { id } }');
    expect(firstCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('OPPOSES');
  });
});

describe('filter values (class 5: bad input reported as nothing or a server fault)', () => {
  it('answers an unknown event type or issue kind with BAD_USER_INPUT and the valid values', async () => {
    for (const query of [
      '{ events(types: ["prisoner_exchange"]) { totalCount } }',
      '{ timeline(types: ["prisoner_exchange"]) { totalCount } }',
      '{ issues(kinds: ["humanitarian-ish"]) { totalCount } }',
    ]) {
      const res = await api.query(query);
      expect(firstCode(res), query).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message, query).toMatch(/Valid values: .*(prisoner-exchange|humanitarian)/);
    }
  });

  it('answers an id built from any name or alias in the graph, where it is not an id, with BAD_USER_INPUT naming the real id', async () => {
    const rows = await client.read<{ id: string; names: string[] }>(
      'MATCH (n:Actor) RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names',
    );
    const ids = new Set(rows.map((row) => row.id));
    const slug = (text: string) =>
      text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    let checked = 0;
    for (const row of rows) {
      for (const name of row.names) {
        const guess = `actor:${slug(name)}`;
        if (ids.has(guess) || slug(name) === '') continue;
        const res = await api.query('query ($ids: [ID!]) { claims(holderIds: $ids) { totalCount } }', {
          ids: [guess],
        });
        expect(firstCode(res), guess).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.message, guess).toContain(row.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('missing facts (class 7: evidenced entities nobody can reach)', () => {
  it('gives every evidenced entity a relationship, unless its seed entry says why not', async () => {
    const bare = await client.read<{ id: string; unlinked: string | null }>(
      `MATCH (n:Entity) WHERE (n)-[:EVIDENCED_BY]->(:Statement)
         AND NOT EXISTS { MATCH (n)-[r]-(:Entity) WHERE r.evidenceIds IS NOT NULL }
       RETURN n.id AS id, n.unlinked AS unlinked`,
    );
    for (const row of bare) expect(row.unlinked, `${row.id} has no relationship and no reason`).toBeTruthy();
  });

  it('reaches the Black Sea from Turkey, and states the consequences and the reporting the article states', async () => {
    const res = await api.query<{ paths: { length: number }[] }>(
      '{ paths(from: "actor:turkey", to: "place:black-sea", maxLength: 3) { length } }',
    );
    expect(res.data?.paths.length).toBeGreaterThan(0);
    const types = await client.read<{ type: string; n: number }>(
      `MATCH (:Entity)-[r:CAUSES|HINDERS|REPORTS|CONCERNS_PLACE]->(:Entity) RETURN type(r) AS type, count(*) AS n ORDER BY type`,
    );
    expect(types.map((row) => row.type)).toEqual(['CAUSES', 'CONCERNS_PLACE', 'HINDERS', 'REPORTS']);
  });
});

describe('statements by sentence and role (class 9)', () => {
  it('returns, for every source and every sentence number, exactly the statements of that sentence', async () => {
    const rows = await client.read<{ sourceId: string; sentence: number; ids: string[] }>(
      `MATCH (s:Statement) WITH s.sourceId AS sourceId, s.sentence AS sentence, s ORDER BY s.start, s.end
       RETURN sourceId, sentence, collect(s.id) AS ids`,
    );
    expect(rows.length).toBeGreaterThan(30);
    const query = `query ($src: [ID!], $n: [Int!]) {
      statements(sourceIds: $src, sentences: $n, first: 100) { totalCount edges { node { id sentence } } } }`;
    for (const row of rows) {
      const res = await api.query<{ statements: { totalCount: number; edges: { node: { id: string } }[] } }>(
        query,
        { src: [row.sourceId], n: [row.sentence] },
      );
      expect(
        res.data?.statements.edges.map((e) => e.node.id),
        `${row.sourceId} #${row.sentence}`,
      ).toEqual(row.ids);
    }
  });

  it('lists the sentences that carry no item, each with its reason, in one request', async () => {
    const [count] = await client.read<{ n: number }>(
      "MATCH (s:Statement {role: 'no-claim'}) RETURN count(s) AS n",
    );
    const res = await api.query<{
      statements: { totalCount: number; edges: { node: { reason: string | null } }[] };
    }>('{ statements(roles: [NO_CLAIM], first: 100) { totalCount edges { node { reason } } } }');
    expect(res.data?.statements.totalCount).toBe(count?.n);
    for (const edge of res.data?.statements.edges ?? []) expect(edge.node.reason).toBeTruthy();
  });

  it('answers a negative sentence number with BAD_USER_INPUT', async () => {
    expect(firstCode(await api.query('{ statements(sentences: [-1]) { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('allusion is not evidence (class 1)', () => {
  it('gives every background event references and allusions but no article evidence, over the API', async () => {
    const ids = (
      await client.read<{ id: string }>("MATCH (e:Event {origin: 'context'}) RETURN e.id AS id ORDER BY id")
    ).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(5);
    const res = await api.query<{
      nodes: { id: string; evidence: unknown[]; allusions: { text: string }[]; citedIn: unknown[] }[];
    }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Event { id evidence { id } allusions { text } citedIn { id } } } }',
      { ids },
    );
    for (const event of res.data?.nodes ?? []) {
      expect(event.evidence, event.id).toEqual([]);
      expect(event.allusions.length, event.id).toBeGreaterThan(0);
      expect(event.citedIn.length, event.id).toBeGreaterThan(0);
    }
  });

  it('never finds a background event through an article sentence that only alludes to it', async () => {
    const allusions = await client.read<{ text: string }>(
      'MATCH (s:Statement)-[:ALLUDES_TO]->(:Event) RETURN DISTINCT s.text AS text',
    );
    for (const { text } of allusions) {
      const res = await api.query<{
        search: { matchedIn: string; entity: { id: string; origin?: string } }[];
      }>(
        'query ($q: String!) { search(query: $q, first: 50) { matchedIn entity { id ... on Event { origin } } } }',
        { q: text },
      );
      const borrowed = (res.data?.search ?? []).filter(
        (hit) => hit.entity.origin === 'CONTEXT' && hit.matchedIn === 'STATEMENT',
      );
      expect(borrowed, text).toEqual([]);
    }
  });

  it('names the event a derived bound comes from, for every event whose bounds are not its own', async () => {
    const rows = await client.read<{ id: string; from: string | null }>(
      "MATCH (e:Event {origin: 'article'}) WHERE e.earliest IS NOT NULL RETURN e.id AS id, e.earliestFrom AS from",
    );
    for (const row of rows) {
      const res = await api.query<{ node: { earliestFrom: { id: string } | null } }>(
        'query ($id: ID!) { node(id: $id) { ... on Event { earliestFrom { id } } } }',
        { id: row.id },
      );
      expect(res.data?.node.earliestFrom?.id ?? null, row.id).toBe(row.from);
    }
  });
});

describe('disagreements between sources (class 12)', () => {
  it('exposes every recorded discrepancy of every event as a disagreement', async () => {
    const rows = await client.read<{ id: string; n: number }>(
      'MATCH (e:Event) RETURN e.id AS id, size(coalesce(e.discrepancies, [])) + size(coalesce(e.disagreements, [])) AS n',
    );
    expect(rows.some((row) => row.n > 0)).toBe(true);
    const res = await api.query<{ nodes: { id: string; disagreements: { field: string }[] }[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { id disagreements { field } } } }',
      { ids: rows.map((row) => row.id) },
    );
    const counts = Object.fromEntries((res.data?.nodes ?? []).map((n) => [n.id, n.disagreements.length]));
    for (const row of rows) expect(counts[row.id], row.id).toBe(row.n);
  });

  it("carries every entity's disagreements into the graph export and the events CSV", async () => {
    const rows = await client.read<{ id: string; n: number }>(
      `MATCH (e:Entity) RETURN e.id AS id,
         size(coalesce(e.discrepancies, [])) + size(coalesce(e.disagreements, [])) AS n`,
    );
    const graph = (await (await fetch(`${api.base}/export/graph.json`)).json()) as {
      elements: { nodes: { data: { id: string; disagreements: unknown[] } }[] };
    };
    const exported = new Map(graph.elements.nodes.map((node) => [node.data.id, node.data.disagreements]));
    expect(exported.size).toBe(rows.length);
    for (const row of rows) expect(exported.get(row.id)?.length, row.id).toBe(row.n);
    const csv = await (await fetch(`${api.base}/export/events.csv`)).text();
    expect(csv.split('\r\n')[0]?.endsWith(',disagreements')).toBe(true);
    const [recorded] = await client.read<{ n: number }>(
      'MATCH (e:Event) RETURN sum(size(coalesce(e.discrepancies, []))) AS n',
    );
    expect(recorded?.n).toBeGreaterThan(0);
    expect(csv.split('discrepancy: ').length - 1).toBe(recorded?.n);
  });
});
