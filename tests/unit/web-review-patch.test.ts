import { describe, expect, it } from 'vitest';
import { applyRevisions, type ChangeRevision } from '../../web/src/review/apply-revisions.js';
import type { ReviewItem } from '../../web/src/review/get-review.js';

// The review screen patches what a write changed from the revisions it returns (no re-read of
// the source, which re-runs ingestion on the server), and asks for a re-read when it cannot.
function createTestItem(overrides: Partial<ReviewItem>): ReviewItem {
  return {
    id: 'actor:x',
    itemKind: 'entity',
    label: 'Actor',
    name: 'X',
    kind: 'state',
    status: 'PROPOSED',
    version: 1,
    earliest: null,
    latest: null,
    precision: null,
    from: null,
    to: null,
    rule: 'gazetteer',
    confidence: 0.7,
    quotes: [],
    candidates: [],
    ...overrides,
  };
}

function createTestRevision(overrides: Partial<ChangeRevision>): ChangeRevision {
  return {
    id: 'revision:1',
    action: 'SET_STATUS',
    targetId: 'actor:x',
    before: null,
    after: null,
    ...overrides,
  };
}

describe('applyRevisions', () => {
  const actor = createTestItem({});
  const claim = createTestItem({ id: 'claim:c', itemKind: 'claim', label: 'Claim', name: 'C' });
  const holds = createTestItem({
    id: 'actor:x|HOLDS|claim:c',
    itemKind: 'relationship',
    label: 'HOLDS',
    from: 'actor:x',
    to: 'claim:c',
    kind: null,
  });

  it('sets status and version of an accepted item and skips its evidence statements', () => {
    const next = applyRevisions(
      [actor, claim],
      [
        createTestRevision({ after: { status: 'ACCEPTED', version: 2 } }),
        createTestRevision({ targetId: 'statement:s:0-5', after: { status: 'ACCEPTED', version: 2 } }),
      ],
    );
    expect(next?.[0]).toMatchObject({ id: 'actor:x', status: 'ACCEPTED', version: 2 });
    expect(next?.[1]).toBe(claim);
  });

  it('applies an entity update field by field', () => {
    const event = createTestItem({
      id: 'event:e',
      label: 'Event',
      earliest: '2025-08-24',
      latest: '2025-08-24',
    });
    const [patched] =
      applyRevisions(
        [event],
        [
          createTestRevision({
            action: 'UPDATE_ENTITY',
            targetId: 'event:e',
            after: { earliest: '2025-08-23', latest: '2025-08-23', version: 2 },
          }),
        ],
      ) ?? [];
    expect(patched).toMatchObject({ earliest: '2025-08-23', latest: '2025-08-23', name: 'X', version: 2 });
  });

  it('re-keys a relationship whose holder moved, and moves it back on undo', () => {
    const moved = applyRevisions(
      [holds],
      [
        createTestRevision({
          action: 'MOVE_RELATIONSHIP',
          targetId: holds.id,
          after: { movedTo: 'actor:y|HOLDS|claim:c' },
        }),
        createTestRevision({
          action: 'UPDATE_RELATIONSHIP',
          targetId: 'actor:y|HOLDS|claim:c',
          before: { from: 'actor:x', to: 'claim:c', role: null, version: 1 },
          after: { from: 'actor:y', to: 'claim:c', role: null, version: 2 },
        }),
      ],
    );
    expect(moved?.[0]).toMatchObject({ id: 'actor:y|HOLDS|claim:c', from: 'actor:y', version: 2 });
    const back = applyRevisions(moved ?? [], [
      createTestRevision({
        action: 'UPDATE_RELATIONSHIP',
        targetId: holds.id,
        before: { from: 'actor:y', to: 'claim:c', role: null, version: 2 },
        after: { from: 'actor:x', to: 'claim:c', role: null, version: 3 },
      }),
    ]);
    expect(back?.[0]).toMatchObject({ id: holds.id, from: 'actor:x', version: 3 });
  });

  it('asks for a re-read after a merge or a change of an item it does not list', () => {
    expect(
      applyRevisions([actor], [createTestRevision({ action: 'MERGED_INTO', after: { into: 'actor:y' } })]),
    ).toBeNull();
    expect(applyRevisions([actor], [createTestRevision({ targetId: 'actor:elsewhere' })])).toBeNull();
  });
});
