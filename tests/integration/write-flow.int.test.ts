import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { connectTestClient } from '../support/test-neo4j.js';
import {
  codeOf,
  createTestToken,
  databaseFingerprint,
  dataOf,
  removeWritesBy,
  startWriteApi,
  type WriteApi,
} from '../support/write-api.js';

// Issue 11's "Done when", through GraphQL over HTTP alone: with an editor token add a source,
// create entities with evidence, link them, merge two duplicates, reject a relationship, revert
// that rejection, and read every item's history. The shared test database is left as found.
const EDITOR = 'write-flow-editor';
const READER = 'write-flow-reader';
const TEXT = [
  'Ruritania and Freedonia sign a ceasefire',
  '',
  'Ruritania and Freedonia signed a ceasefire in Zenda on Monday. The Ruritanian delegation said the truce would hold. Officials of Ruritania welcomed it.',
].join('\n');

let client: GraphClient;
let api: WriteApi;
let editor: string;
let reader: string;

beforeAll(async () => {
  client = await connectTestClient();
  api = await startWriteApi(client);
  editor = await createTestToken(client, EDITOR, 'editor');
  reader = await createTestToken(client, READER, 'reader');
});

afterAll(async () => {
  await removeWritesBy(client, [EDITOR, READER]);
  await api?.close();
  await client?.close();
});

const ADD_SOURCE = `mutation ($input: AddSourceInput!) {
  addSource(input: $input) { source { id title } created code duplicateBy revisions { action targetId } }
}`;
const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) {
  createEntity(input: $input) { entity { id name aliases evidence { text } review { status version createdBy } } revisions { id action } replayed }
}`;
const CREATE_RELATIONSHIP = `mutation ($input: CreateRelationshipInput!) {
  createRelationship(input: $input) { relationship { id evidence { text } review { status } } revisions { id action } }
}`;
const ACCEPT = `mutation ($input: ReviewProposalsInput!) { acceptProposals(input: $input) { ids revisions { id action targetId after } } }`;
const REJECT = `mutation ($input: ReviewProposalsInput!) { rejectProposals(input: $input) { ids revisions { id action targetId after } } }`;
const MERGE = `mutation ($input: MergeEntitiesInput!) { mergeEntities(input: $input) { entity { id aliases review { version } } revisions { action targetId } } }`;
const REVERT = `mutation ($input: RevertInput!) { revert(input: $input) { targetId revisions { action revertsId after } } }`;
const HISTORY = `query ($id: ID!) { history(id: $id, first: 50) { totalCount edges { node { action author reason after } } } }`;

interface Created {
  createEntity: {
    entity: { id: string; review: { status: string; createdBy: string } };
    revisions: { id: string }[];
    replayed: boolean;
  };
}

describe('the write path through GraphQL', () => {
  const ids = { source: '', ruritania: '', ruritaniaDuplicate: '', ceasefire: '', link: '' };
  let rejection = '';

  // The steps build on each other, as an analyst's session does.
  it('adds a source once: the same text again answers the existing one with DUPLICATE_SOURCE', async () => {
    const input = {
      text: TEXT,
      title: 'Ceasefire in Zenda',
      url: 'https://example.org/zenda?utm_source=x',
      language: 'en',
    };
    const first = dataOf(
      await api.call<{ addSource: { source: { id: string }; created: boolean; code: string | null } }>(
        ADD_SOURCE,
        { input },
        editor,
      ),
    );
    expect(first.addSource.created).toBe(true);
    ids.source = first.addSource.source.id;
    const again = dataOf(
      await api.call<{
        addSource: { source: { id: string }; created: boolean; code: string; duplicateBy: string };
      }>(
        ADD_SOURCE,
        { input: { ...input, text: `${TEXT} `, url: 'https://www.example.org/zenda/' } },
        editor,
      ),
    );
    expect(again.addSource).toMatchObject({
      source: { id: ids.source },
      created: false,
      code: 'DUPLICATE_SOURCE',
      duplicateBy: 'url',
    });
  });

  it('creates entities with evidence as proposals, and a retry with the same key does not apply twice', async () => {
    const actor = (name: string, quote: string, key?: string) => ({
      input: {
        entityKind: 'ACTOR',
        name,
        kind: 'state',
        evidence: [{ sourceId: ids.source, quote }],
        reason: 'read in the article',
        ...(key ? { idempotencyKey: key } : {}),
      },
    });
    const first = dataOf(
      await api.call<Created>(
        CREATE_ENTITY,
        actor('Ruritania', 'Ruritania and Freedonia signed', 'k-1'),
        editor,
      ),
    );
    expect(first.createEntity.entity.review).toMatchObject({ status: 'PROPOSED', createdBy: EDITOR });
    const retry = dataOf(
      await api.call<Created>(
        CREATE_ENTITY,
        actor('Ruritania', 'Ruritania and Freedonia signed', 'k-1'),
        editor,
      ),
    );
    expect(retry.createEntity.replayed).toBe(true);
    expect(retry.createEntity.revisions).toEqual(first.createEntity.revisions);
    ids.ruritania = first.createEntity.entity.id;
    const dup = dataOf(
      await api.call<Created>(
        CREATE_ENTITY,
        actor('Ruritanian delegation', 'The Ruritanian delegation'),
        editor,
      ),
    );
    ids.ruritaniaDuplicate = dup.createEntity.entity.id;
    const event = dataOf(
      await api.call<Created>(
        CREATE_ENTITY,
        {
          input: {
            entityKind: 'EVENT',
            name: 'Zenda ceasefire',
            kind: 'agreement',
            evidence: [{ sourceId: ids.source, quote: 'signed a ceasefire in Zenda on Monday' }],
          },
        },
        editor,
      ),
    );
    ids.ceasefire = event.createEntity.entity.id;
    const [count] = await client.read<{ n: number }>('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', {
      id: ids.ruritania,
    });
    expect(count?.n).toBe(1);
  });

  it('links them; a type that does not fit the ends is refused with INVARIANT_VIOLATION', async () => {
    const link = (type: string) => ({
      input: {
        from: ids.ruritania,
        type,
        to: ids.ceasefire,
        role: 'signatory',
        evidence: [{ sourceId: ids.source, quote: 'Ruritania and Freedonia signed a ceasefire' }],
      },
    });
    const wrong = await api.call(CREATE_RELATIONSHIP, link('LOCATED_IN'), editor);
    expect(codeOf(wrong)).toBe('INVARIANT_VIOLATION');
    const made = dataOf(
      await api.call<{ createRelationship: { relationship: { id: string } } }>(
        CREATE_RELATIONSHIP,
        link('PARTICIPATED_IN'),
        editor,
      ),
    );
    ids.link = made.createRelationship.relationship.id;
    expect(ids.link).toBe(`${ids.ruritania}|PARTICIPATED_IN|${ids.ceasefire}`);
  });

  it('accepts proposals only together with the ends they join', async () => {
    const alone = await api.call(ACCEPT, { input: { ids: [ids.link] } }, editor);
    expect(codeOf(alone)).toBe('INVARIANT_VIOLATION');
    const all = [ids.ruritania, ids.ruritaniaDuplicate, ids.ceasefire, ids.link];
    const accepted = dataOf(
      await api.call<{ acceptProposals: { ids: string[] } }>(
        ACCEPT,
        { input: { ids: all, reason: 'checked' } },
        editor,
      ),
    );
    expect(accepted.acceptProposals.ids).toEqual(all);
    const read = dataOf(
      await api.call<{ relationships: { edges: { node: { id: string } }[] } }>(
        `query ($ids: [ID!]) { relationships(entityIds: $ids) { edges { node { id } } } }`,
        { ids: [ids.ruritania] },
      ),
    );
    expect(read.relationships.edges.map((e) => e.node.id)).toEqual([ids.link]);
  });

  it('merges two duplicates: relationships, evidence and names move, and the merged id resolves to the kept one', async () => {
    const merged = dataOf(
      await api.call<{ mergeEntities: { entity: { id: string; aliases: string[] } } }>(
        MERGE,
        { input: { keepId: ids.ruritania, mergeIds: [ids.ruritaniaDuplicate], reason: 'same state' } },
        editor,
      ),
    );
    expect(merged.mergeEntities.entity.aliases).toContain('Ruritanian delegation');
    const resolved = dataOf(
      await api.call<{ entity: { id: string; evidence: { text: string }[] } }>(
        'query ($id: ID!) { entity(id: $id) { id evidence { text } } }',
        { id: ids.ruritaniaDuplicate },
      ),
    );
    expect(resolved.entity.id).toBe(ids.ruritania);
    expect(resolved.entity.evidence.map((s) => s.text)).toContain('The Ruritanian delegation');
  });

  it('rejects a relationship and reverts that rejection with a new revision', async () => {
    const rejected = dataOf(
      await api.call<{ rejectProposals: { revisions: { id: string; targetId: string }[] } }>(
        REJECT,
        { input: { ids: [ids.link], reason: 'not a party' } },
        editor,
      ),
    );
    rejection = rejected.rejectProposals.revisions.find((r) => r.targetId === ids.link)?.id ?? '';
    const hidden = dataOf(
      await api.call<{ relationships: { totalCount: number } }>(
        'query ($ids: [ID!]) { relationships(entityIds: $ids) { totalCount } }',
        { ids: [ids.ruritania] },
      ),
    );
    expect(hidden.relationships.totalCount).toBe(0);
    const reverted = dataOf(
      await api.call<{ revert: { revisions: { revertsId: string; after: { status: string } }[] } }>(
        REVERT,
        { input: { revisionId: rejection, reason: 'was right after all' } },
        editor,
      ),
    );
    expect(reverted.revert.revisions[0]).toMatchObject({
      revertsId: rejection,
      after: { status: 'ACCEPTED' },
    });
    const again = await api.call(REVERT, { input: { revisionId: rejection } }, editor);
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('reads the full history of each item, newest first, with author and reason', async () => {
    const history = async (id: string) =>
      dataOf(
        await api.call<{
          history: { edges: { node: { action: string; author: string; reason: string | null } }[] };
        }>(HISTORY, { id }),
      ).history.edges.map((e) => e.node);
    expect((await history(ids.link)).map((r) => r.action)).toEqual([
      'SET_STATUS',
      'SET_STATUS',
      'SET_STATUS',
      'CREATE_RELATIONSHIP',
    ]);
    expect((await history(ids.ruritania)).map((r) => r.action)).toEqual(
      expect.arrayContaining(['MERGE_ENTITIES', 'MERGED_INTO', 'SET_STATUS', 'CREATE_ENTITY']),
    );
    expect((await history(ids.ruritaniaDuplicate))[0]).toMatchObject({ author: EDITOR });
    expect((await history(ids.source)).map((r) => r.action)).toEqual(['ADD_SOURCE']);
    expect((await history(ids.ceasefire))[0]).toMatchObject({
      action: 'SET_STATUS',
      reason: 'checked',
      author: EDITOR,
    });
  });

  it('refuses every write without a token, with a wrong one or a reader one, and changes nothing', async () => {
    const before = await databaseFingerprint(client);
    const attempts: [string, Record<string, unknown>][] = [
      [ADD_SOURCE, { input: { text: 'Another text.', title: 'Other' } }],
      [
        CREATE_ENTITY,
        {
          input: {
            entityKind: 'ACTOR',
            name: 'Nobody',
            kind: 'state',
            evidence: [{ sourceId: ids.source, quote: 'Officials' }],
          },
        },
      ],
      [
        CREATE_RELATIONSHIP,
        {
          input: {
            from: ids.ruritania,
            type: 'HOSTED',
            to: ids.ceasefire,
            evidence: [{ sourceId: ids.source, quote: 'Zenda' }],
          },
        },
      ],
      [MERGE, { input: { keepId: ids.ruritania, mergeIds: [ids.ceasefire] } }],
      [REJECT, { input: { ids: [ids.link] } }],
      [REVERT, { input: { revisionId: rejection } }],
    ];
    for (const [query, variables] of attempts) {
      expect(codeOf(await api.call(query, variables))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.call(query, variables, 'cgt_not-a-real-token'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.call(query, variables, reader))).toBe('FORBIDDEN');
    }
    expect(await databaseFingerprint(client)).toBe(before);
  });
});
