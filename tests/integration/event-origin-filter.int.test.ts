import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLObjectType, getNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, firstCode, startAppUnderTest } from '../support/app-under-test.js';
import { connectTestClient } from '../support/test-neo4j.js';

// Issue 9, class 1: `origin` (ARTICLE / CONTEXT) filters every list that can return events, with
// the same default (both) everywhere. Checked over the whole seeded graph: every entity, every
// link field that takes `origin`, the timeline and every neighbourhood.
let client: GraphClient;
let api: AppUnderTest;
let originOf: Map<string, string>;

beforeAll(async () => {
  client = await connectTestClient();
  // Whole-graph sweeps: a deadline a busy machine cannot run out of (the invariants are the subject).
  api = await startAppUnderTest(client, { deadlineMs: 60_000 });
  const rows = await client.read<{ id: string; origin: string }>(
    'MATCH (e:Event) RETURN e.id AS id, e.origin AS origin',
  );
  originOf = new Map(rows.map((row) => [row.id, row.origin.toUpperCase()]));
});

afterAll(async () => {
  await api?.close();
  await client?.close();
});

// The published contract, built by this file's own graphql-js (see graph-invariants.int.test.ts).
const published = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));
const TARGET_FIELDS = ['actor', 'place', 'issue', 'event', 'claim', 'entity'];

function originFieldsOf(typeName: string): { field: string; target: string }[] {
  const type = published.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type`);
  return Object.values(type.getFields()).flatMap((field) => {
    const link = getNamedType(field.type);
    if (!(link instanceof GraphQLObjectType) || !field.args.some((arg) => arg.name === 'origin')) return [];
    const target = Object.keys(link.getFields()).find((name) => TARGET_FIELDS.includes(name));
    return target ? [{ field: field.name, target }] : [];
  });
}

type Hit = Record<string, { id: string }>;

describe('origin on link fields', () => {
  it('offers origin on every link field that can return events', () => {
    const fields = ['Actor', 'Place', 'Issue', 'Event', 'Claim'].flatMap((label) =>
      originFieldsOf(label).map((f) => `${label}.${f.field}`),
    );
    for (const expected of ['Actor.events', 'Actor.affectedBy', 'Event.parts', 'Event.partOf']) {
      expect(fields).toContain(expected);
    }
    for (const expected of ['Event.preceding', 'Event.following', 'Issue.events', 'Place.events']) {
      expect(fields).toContain(expected);
    }
    expect(fields).toContain('Claim.objects');
  });

  it('splits every link field of every entity into its article and context events, default both', {
    timeout: 180_000,
  }, async () => {
    const entities = await client.read<{ id: string; label: string }>(
      `MATCH (n:Entity) RETURN n.id AS id,
         head([l IN labels(n) WHERE l IN ['Actor','Place','Issue','Event','Claim']]) AS label`,
    );
    const seen = { ARTICLE: 0, CONTEXT: 0 };
    const variants = {
      all: '',
      article: '(origin: [ARTICLE])',
      context: '(origin: [CONTEXT])',
      none: '(origin: [])',
    };
    for (const label of [...new Set(entities.map((e) => e.label))]) {
      const fields = originFieldsOf(label);
      if (fields.length === 0) continue;
      const ids = entities.filter((e) => e.label === label).map((e) => e.id);
      // One request per variant keeps each one small enough for a busy machine's request deadline.
      const answers: Record<string, Record<string, Hit[]>[]> = {};
      for (const [variant, args] of Object.entries(variants)) {
        const select = fields.map((f) => `${f.field}${args} { ${f.target} { id } }`).join(' ');
        const res = await api.query<{ nodes: Record<string, Hit[]>[] }>(
          `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${label} { ${select} } } }`,
          { ids },
        );
        expect(res.errors, `${label} ${variant}`).toBeUndefined();
        answers[variant] = res.data?.nodes ?? [];
      }
      ids.forEach((id, i) => {
        for (const { field, target } of fields) {
          const of = (variant: string) =>
            (answers[variant]?.[i]?.[field] ?? []).map((hit) => hit[target]?.id ?? '');
          const all = of('all');
          const wanted = (origin: 'ARTICLE' | 'CONTEXT') =>
            all.filter((other) => !originOf.has(other) || originOf.get(other) === origin);
          expect(of('article'), `${id} ${field}(ARTICLE)`).toEqual(wanted('ARTICLE'));
          expect(of('context'), `${id} ${field}(CONTEXT)`).toEqual(wanted('CONTEXT'));
          expect(of('none'), `${id} ${field}([])`).toEqual(all.filter((other) => !originOf.has(other)));
          for (const other of all) if (originOf.has(other)) seen[originOf.get(other) as 'ARTICLE']++;
        }
      });
    }
    expect(seen.ARTICLE).toBeGreaterThan(10);
    expect(seen.CONTEXT).toBeGreaterThan(10);
  });
});

describe('origin on timeline and neighborhood', () => {
  it('counts, for each origin, exactly the events of that origin in the timeline', async () => {
    const total = async (args: string) =>
      (await api.graphql<{ timeline: { totalCount: number } }>(`{ timeline${args} { totalCount } }`)).timeline
        .totalCount;
    const count = (origin: string) => [...originOf.values()].filter((o) => o === origin).length;
    expect(await total('')).toBe(originOf.size);
    expect(await total('(origin: [ARTICLE, CONTEXT])')).toBe(originOf.size);
    expect(await total('(origin: [ARTICLE])')).toBe(count('ARTICLE'));
    expect(await total('(origin: [CONTEXT])')).toBe(count('CONTEXT'));
    const page = await api.graphql<{ timeline: { edges: { node: { origin: string } }[] } }>(
      '{ timeline(origin: [CONTEXT], first: 100) { edges { node { origin } } } }',
    );
    expect(page.timeline.edges.length).toBe(count('CONTEXT'));
    for (const edge of page.timeline.edges) expect(edge.node.origin).toBe('CONTEXT');
  });

  it('never traverses or keeps an event of an origin left out, from any actor', {
    timeout: 180_000,
  }, async () => {
    const ids = (await client.read<{ id: string }>('MATCH (n:Actor) RETURN n.id AS id')).map((r) => r.id);
    let kept = 0;
    for (const id of ids) {
      const res = await api.graphql<{ neighborhood: { nodes: { id: string }[] } }>(
        'query ($id: ID!) { neighborhood(id: $id, depth: 2, origin: [ARTICLE]) { nodes { id } } }',
        { id },
      );
      for (const node of res.neighborhood.nodes.slice(1)) {
        kept++;
        expect(originOf.get(node.id) ?? 'ARTICLE', `${id} → ${node.id}`).toBe('ARTICLE');
      }
    }
    expect(kept).toBeGreaterThan(ids.length);
  });

  it('answers an unknown origin with a validation error naming the field', async () => {
    const res = await api.query('{ timeline(origin: [BACKGROUND]) { totalCount } }');
    expect(firstCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toContain('EventOrigin');
  });
});
