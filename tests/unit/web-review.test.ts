import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GET_VIEWER_QUERY } from '../../web/src/auth/get-viewer.js';
import type { ReviewItem } from '../../web/src/review/get-review.js';
import { GET_REVIEW_QUERY } from '../../web/src/review/get-review.js';
import { highlightSegments } from '../../web/src/review/highlight-segments.js';
import { INGEST_SOURCE_MUTATION } from '../../web/src/review/ingest-source.js';
import {
  ACCEPT_PROPOSALS_MUTATION,
  REJECT_PROPOSALS_MUTATION,
} from '../../web/src/review/judge-proposals.js';
import { LIST_REVIEW_QUEUE_QUERY } from '../../web/src/review/list-review-queue.js';
import { MERGE_ENTITIES_MUTATION } from '../../web/src/review/merge-entities.js';
import { readTextArticle } from '../../web/src/review/read-article-file.js';
import { REVERT_MUTATION } from '../../web/src/review/revert-revision.js';
import { acceptableAbove, progressOf, stepIndex } from '../../web/src/review/review-progress.js';
import { UPDATE_ENTITY_MUTATION } from '../../web/src/review/update-entity.js';
import { UPDATE_RELATIONSHIP_MUTATION } from '../../web/src/review/update-relationship.js';

// The review screen's pure parts and its operations against the printed schema.
const schema = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));

const OPERATIONS = {
  GET_VIEWER_QUERY,
  GET_REVIEW_QUERY,
  INGEST_SOURCE_MUTATION,
  ACCEPT_PROPOSALS_MUTATION,
  REJECT_PROPOSALS_MUTATION,
  LIST_REVIEW_QUEUE_QUERY,
  MERGE_ENTITIES_MUTATION,
  REVERT_MUTATION,
  UPDATE_ENTITY_MUTATION,
  UPDATE_RELATIONSHIP_MUTATION,
};

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
    quotes: [{ statementId: 's', start: 0, end: 1, sentence: 0, text: 'X' }],
    candidates: [],
    ...overrides,
  };
}

describe('review operations', () => {
  for (const [name, document] of Object.entries(OPERATIONS)) {
    it(`${name} is valid against api/schema.graphql`, () => {
      expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
    });
  }
});

describe('highlightSegments', () => {
  it('cuts overlapping quotes into flat pieces, shortest item first', () => {
    const pieces = highlightSegments('Kyiv said peace.', [
      { itemId: 'claim', kind: 'claim', start: 0, end: 16 },
      { itemId: 'kyiv', kind: 'entity', start: 0, end: 4 },
    ]);
    expect(pieces.map((p) => [p.text, p.itemIds, p.kind])).toEqual([
      ['Kyiv', ['kyiv', 'claim'], 'entity'],
      [' said peace.', ['claim'], 'claim'],
    ]);
  });

  it('leaves text outside every quote plain and ignores spans past the end', () => {
    const pieces = highlightSegments('a b', [{ itemId: 'x', kind: 'entity', start: 2, end: 9 }]);
    expect(pieces).toEqual([{ start: 0, end: 3, text: 'a b', itemIds: [], kind: null }]);
  });
});

describe('review progress', () => {
  const items = [
    createTestItem({ id: 'a', status: 'ACCEPTED' }),
    createTestItem({ id: 'b' }),
    createTestItem({ id: 'c', status: 'REJECTED' }),
    createTestItem({ id: 'd' }),
  ];

  it('steps to the next and previous item still proposed, wrapping around', () => {
    expect(stepIndex(items, -1, 1)).toBe(1);
    expect(stepIndex(items, 1, 1)).toBe(3);
    expect(stepIndex(items, 3, 1)).toBe(1);
    expect(stepIndex(items, 1, -1)).toBe(3);
  });

  it('counts reviewed items', () => {
    expect(progressOf(items)).toEqual({ reviewed: 2, total: 4 });
  });

  it('accepts above a confidence, in one sentence, with relationships only beside their endpoints', () => {
    const list = [
      createTestItem({ id: 'e1', confidence: 0.9 }),
      createTestItem({ id: 'e2', confidence: 0.5 }),
      createTestItem({
        id: 'e3',
        confidence: 0.9,
        quotes: [{ statementId: 't', start: 5, end: 6, sentence: 1, text: 'Y' }],
      }),
      createTestItem({ id: 'r1', itemKind: 'relationship', from: 'e1', to: 'e2', confidence: 0.9 }),
      createTestItem({ id: 'r2', itemKind: 'relationship', from: 'e1', to: 'actor:known', confidence: 0.9 }),
    ];
    expect(acceptableAbove(list, 0.8, 0)).toEqual(['e1', 'r2']);
    expect(acceptableAbove(list, 0.8, null)).toEqual(['e1', 'e3', 'r2']);
    expect(acceptableAbove(list, 0.4, null)).toEqual(['e1', 'e2', 'e3', 'r1', 'r2']);
  });
});

describe('readTextArticle', () => {
  it('takes title, outlet, url and date from the front matter and keeps the body as stored', () => {
    const draft = readTextArticle(
      '---\ntitle: Swap\noutlet: "Wire"\npublished: 2025-08-24\n---\nBody line.\n',
    );
    expect(draft).toEqual({
      text: 'Body line.\n',
      title: 'Swap',
      outlet: 'Wire',
      url: null,
      publishedAt: '2025-08-24',
    });
  });

  it('reads a file without front matter as plain text', () => {
    expect(readTextArticle('Just text.')).toMatchObject({ text: 'Just text.', title: null });
  });
});
