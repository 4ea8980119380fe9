import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { connectTestClient } from '../support/test-neo4j.js';
import {
  codeOf,
  createTestToken,
  dataOf,
  removeWritesBy,
  startWriteApi,
  type WriteApi,
} from '../support/write-api.js';

// Issue 13's "edit … holder, endpoints": `updateRelationship` over HTTP. A claim's holder moves
// to another actor (the id is re-keyed, evidence, status and provenance kept, both ids' histories
// say so), stale versions, unfit ends and an existing twin are refused with their codes, and a
// revert moves it back. The shared test database is left as found.
const EDITOR = 'update-relationship-editor';
const READER = 'update-relationship-reader';
const TEXT = [
  'Ostland demands a corridor',
  '',
  'Ostland demanded a corridor to the sea on Tuesday. Westmark officials repeated the demand. Nobody else spoke.',
].join('\n');

const UPDATE = `mutation ($input: UpdateRelationshipInput!) {
  updateRelationship(input: $input) {
    relationship { id source target role evidence { text } review { status version createdBy updatedBy } }
    revisions { id action targetId before after }
  }
}`;
const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`;
const CREATE_RELATIONSHIP = `mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } } }`;
const HISTORY = `query ($id: ID!) { history(id: $id, first: 10) { edges { node { action before after } } } }`;

type Updated = {
  updateRelationship: {
    relationship: {
      id: string;
      source: string;
      target: string;
      role: string | null;
      evidence: { text: string }[];
      review: { status: string; version: number; createdBy: string; updatedBy: string };
    };
    revisions: { id: string; action: string; targetId: string }[];
  };
};

let client: GraphClient;
let api: WriteApi;
let editor: string;
let reader: string;
const ids = { source: '', ostland: '', westmark: '', claim: '', holds: '', westmarkHolds: '' };

beforeAll(async () => {
  client = await connectTestClient();
  api = await startWriteApi(client);
  editor = await createTestToken(client, EDITOR, 'editor');
  reader = await createTestToken(client, READER, 'reader');
  const added = dataOf(
    await api.call<{ addSource: { source: { id: string } } }>(
      'mutation ($input: AddSourceInput!) { addSource(input: $input) { source { id } } }',
      { input: { title: 'Ostland demands a corridor', text: TEXT, outlet: 'Test wire' } },
      editor,
    ),
  );
  ids.source = added.addSource.source.id;
  const entity = async (entityKind: string, name: string, kind: string, quote: string) =>
    dataOf(
      await api.call<{ createEntity: { entity: { id: string } } }>(
        CREATE_ENTITY,
        { input: { entityKind, name, kind, evidence: [{ sourceId: ids.source, quote }] } },
        editor,
      ),
    ).createEntity.entity.id;
  ids.ostland = await entity('ACTOR', 'Ostland', 'state', 'Ostland demanded');
  ids.westmark = await entity('ACTOR', 'Westmark', 'state', 'Westmark officials');
  ids.claim = await entity('CLAIM', 'Corridor to the sea', 'DEMANDS', 'demanded a corridor to the sea');
  const link = async (from: string, quote: string) =>
    dataOf(
      await api.call<{ createRelationship: { relationship: { id: string } } }>(
        CREATE_RELATIONSHIP,
        {
          input: { from, type: 'HOLDS', to: ids.claim, evidence: [{ sourceId: ids.source, quote }] },
        },
        editor,
      ),
    ).createRelationship.relationship.id;
  ids.holds = await link(ids.westmark, 'Ostland demanded a corridor to the sea');
}, 120_000);

afterAll(async () => {
  if (client) {
    await client.write('MATCH ()-[r]->() WHERE r.createdBy IN $authors DELETE r', { authors: [EDITOR] });
    await removeWritesBy(client, [EDITOR, READER]);
  }
  await api?.close();
  await client?.close();
});

describe('updateRelationship', () => {
  it('moves a claim to its real holder: new id, same evidence and status, version + 1', async () => {
    const moved = dataOf(
      await api.call<Updated>(
        UPDATE,
        { input: { id: ids.holds, expectedVersion: 1, from: ids.ostland, reason: 'Ostland said it' } },
        editor,
      ),
    ).updateRelationship;
    expect(moved.relationship).toMatchObject({
      id: `${ids.ostland}|HOLDS|${ids.claim}`,
      source: ids.ostland,
      target: ids.claim,
      evidence: [{ text: 'Ostland demanded a corridor to the sea' }],
      review: { status: 'PROPOSED', version: 2, createdBy: EDITOR, updatedBy: EDITOR },
    });
    expect(moved.revisions.map((r) => [r.action, r.targetId])).toEqual([
      ['MOVE_RELATIONSHIP', ids.holds],
      ['UPDATE_RELATIONSHIP', moved.relationship.id],
    ]);
    const old = await client.read('MATCH ()-[r]->() WHERE r.id = $id RETURN r', { id: ids.holds });
    expect(old).toEqual([]);
    const history = dataOf(
      await api.call<{ history: { edges: { node: { action: string; before: unknown; after: unknown } }[] } }>(
        HISTORY,
        { id: moved.relationship.id },
        editor,
      ),
    ).history.edges.map((e) => e.node);
    expect(history[0]).toMatchObject({
      action: 'UPDATE_RELATIONSHIP',
      before: { from: ids.westmark, to: ids.claim, version: 1 },
      after: { from: ids.ostland, to: ids.claim, version: 2 },
    });
    ids.holds = moved.relationship.id;
  });

  it('refuses a stale version, an end the type does not allow and an existing twin, each with its code', async () => {
    const stale = await api.call(UPDATE, { input: { id: ids.holds, expectedVersion: 1, role: 'x' } }, editor);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('Read it again');
    const unfit = await api.call(
      UPDATE,
      { input: { id: ids.holds, expectedVersion: 2, from: ids.claim } },
      editor,
    );
    expect(codeOf(unfit)).toBe('BAD_USER_INPUT');
    const wrongKind = await api.call(
      UPDATE,
      { input: { id: ids.holds, expectedVersion: 2, to: ids.westmark } },
      editor,
    );
    expect(codeOf(wrongKind)).toBe('INVARIANT_VIOLATION');
    ids.westmarkHolds = dataOf(
      await api.call<{ createRelationship: { relationship: { id: string } } }>(
        CREATE_RELATIONSHIP,
        {
          input: {
            from: ids.westmark,
            type: 'HOLDS',
            to: ids.claim,
            evidence: [{ sourceId: ids.source, quote: 'Westmark officials repeated the demand' }],
          },
        },
        editor,
      ),
    ).createRelationship.relationship.id;
    const twin = await api.call(
      UPDATE,
      { input: { id: ids.holds, expectedVersion: 2, from: ids.westmark } },
      editor,
    );
    expect(codeOf(twin)).toBe('CONFLICT');
    const missing = await api.call(
      UPDATE,
      { input: { id: `${ids.ostland}|HOLDS|claim:nothing`, expectedVersion: 1 } },
      editor,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const refused = await api.call(
      UPDATE,
      { input: { id: ids.holds, expectedVersion: 2, role: 'x' } },
      reader,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  it('changes only the role when the ends stay, and a revert of a move moves it back', async () => {
    const roled = dataOf(
      await api.call<Updated>(
        UPDATE,
        { input: { id: ids.holds, expectedVersion: 2, role: 'claimant' } },
        editor,
      ),
    ).updateRelationship;
    expect(roled.relationship).toMatchObject({ id: ids.holds, role: 'claimant', review: { version: 3 } });
    const revertRole = roled.revisions.find((r) => r.action === 'UPDATE_RELATIONSHIP')?.id;
    await dataOf(
      await api.call(
        'mutation ($id: ID!) { revert(input: { revisionId: $id }) { targetId } }',
        { id: revertRole },
        editor,
      ),
    );
    const moved = dataOf(
      await api.call<Updated>(
        UPDATE,
        { input: { id: ids.holds, expectedVersion: 4, to: ids.claim, from: ids.ostland, note: 'checked' } },
        editor,
      ),
    ).updateRelationship;
    expect(moved.relationship.id).toBe(ids.holds);
    await dataOf(
      await api.call<{ createEntity: { entity: { id: string } } }>(
        CREATE_ENTITY,
        {
          input: {
            entityKind: 'ACTOR',
            name: 'Ostland officials',
            kind: 'government',
            evidence: [{ sourceId: ids.source, quote: 'Ostland', occurrence: 2 }],
          },
        },
        editor,
      ),
    );
    const rekeyed = dataOf(
      await api.call<Updated>(
        UPDATE,
        { input: { id: ids.holds, expectedVersion: 5, from: 'actor:ostland-officials' } },
        editor,
      ),
    ).updateRelationship;
    const undo = rekeyed.revisions.find((r) => r.action === 'UPDATE_RELATIONSHIP')?.id;
    const back = dataOf(
      await api.call<{ revert: { targetId: string } }>(
        'mutation ($id: ID!) { revert(input: { revisionId: $id }) { targetId } }',
        { id: undo },
        editor,
      ),
    );
    expect(back.revert.targetId).toBe(ids.holds);
    const [stored] = await client.read<{ role: string | null; version: number }>(
      'MATCH (:Entity {id: $from})-[r:HOLDS]->(:Entity {id: $to}) RETURN r.role AS role, r.version AS version',
      { from: ids.ostland, to: ids.claim },
    );
    expect(stored).toEqual({ role: null, version: 7 });
  });
});
