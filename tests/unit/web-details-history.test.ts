import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { canRevert, describeRevision, shortTime } from '../../web/src/graph/details-history.js';
import { GET_ITEM_HISTORY_QUERY, type HistoryRevision } from '../../web/src/review/get-item-history.js';

const schema = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));

function createTestRevision(overrides: Partial<HistoryRevision>): HistoryRevision {
  return {
    id: 'revision:1',
    at: '2026-11-29T19:55:21.123Z',
    author: 'ana',
    action: 'SET_STATUS',
    reason: null,
    revertsId: null,
    before: { status: 'PROPOSED', version: 1 },
    after: { status: 'ACCEPTED', version: 2 },
    ...overrides,
  };
}

describe('details history', () => {
  it('GET_ITEM_HISTORY_QUERY is valid against api/schema.graphql when printed', () => {
    expect(validate(schema, parse(GET_ITEM_HISTORY_QUERY)).map((e) => e.message)).toEqual([]);
  });

  it('describes a status change, an update, a creation and an undo in words', () => {
    expect(describeRevision(createTestRevision({}))).toBe('status proposed → accepted');
    expect(
      describeRevision(
        createTestRevision({
          action: 'UPDATE_ENTITY',
          before: { name: 'Kiev', version: 2 },
          after: { name: 'Kyiv', version: 3 },
        }),
      ),
    ).toBe('changed name “Kiev” → “Kyiv”');
    expect(
      describeRevision(
        createTestRevision({ action: 'CREATE_ENTITY', before: null, after: { status: 'PROPOSED' } }),
      ),
    ).toBe('created (proposed)');
    expect(describeRevision(createTestRevision({ revertsId: 'revision:0' }))).toBe(
      'undo: status proposed → accepted',
    );
    expect(
      describeRevision(createTestRevision({ action: 'MERGED_INTO', before: {}, after: { into: 'actor:x' } })),
    ).toBe('merged into actor:x');
  });

  it('offers revert only on the revision that left the item at its current version', () => {
    const accepted = createTestRevision({});
    expect(canRevert(accepted, 2)).toBe(true);
    expect(canRevert(accepted, 3)).toBe(false);
    expect(canRevert(createTestRevision({ action: 'MERGE_ENTITIES', after: { version: 2 } }), 2)).toBe(false);
    expect(canRevert(createTestRevision({ action: 'CREATE_ENTITY', before: null, after: {} }), 1)).toBe(true);
  });

  it('shortens a stored time to minutes when it is ISO 8601', () => {
    expect(shortTime('2026-11-29T19:55:21.123Z')).toBe('2026-11-29 19:55 UTC');
    expect(shortTime(null)).toBe('unknown time');
  });
});
