import { createHash } from 'node:crypto';

// The documents of the fixture seed source (tests/support/create-test-seed.ts): a seven-sentence
// article and statements that cover all of it, with one dated context event.

export const TEST_ARTICLE = `Alpha and Beta exchange prisoners in Gamma

Alpha and Beta completed a prisoner exchange in Gamma. The talks in Gamma remain stalled. The war began long ago.

Alpha demands the return of Delta, and Beta rejects that demand. Nothing else happened today.

By Test Writer
`;

/** A loosely typed YAML entry, so tests can break it in any way. */
export type Item = Record<string, unknown>;
export interface StatementsDoc {
  actors: Item[];
  places: Item[];
  issues: Item[];
  events: Item[];
  claims: Item[];
  relationships: Item[];
  noClaim: Item[];
}
export interface ContextDoc {
  events: Item[];
}

export function baseStatements(): StatementsDoc {
  return {
    actors: [
      {
        id: 'actor:test-alpha',
        name: 'Alpha',
        kind: 'state',
        evidence: ['Alpha and Beta exchange prisoners'],
      },
      { id: 'actor:test-beta', name: 'Beta', kind: 'state', evidence: ['Beta rejects that demand'] },
      {
        id: 'actor:test-writer',
        name: 'Test Writer',
        kind: 'person',
        unlinked: 'The byline names the author, who holds nothing in this short fixture.',
        evidence: ['By Test Writer'],
      },
    ],
    places: [
      {
        id: 'place:test-gamma',
        name: 'Gamma',
        kind: 'city',
        evidence: ['The talks in Gamma remain stalled.'],
      },
      {
        id: 'place:test-delta',
        name: 'Delta',
        kind: 'territory',
        unlinked: 'Kept unlinked so the fixture stays small; the real seeds link every place.',
        evidence: ['the return of Delta'],
      },
    ],
    issues: [
      {
        id: 'issue:test-territory',
        name: 'Territory',
        kind: 'territorial',
        unlinked: 'Kept unlinked so the fixture stays small.',
        evidence: ['the return of Delta'],
      },
    ],
    events: [
      {
        id: 'event:test-exchange',
        name: 'Exchange',
        kind: 'prisoner-exchange',
        time: { precision: 'relative', relativePhrase: 'completed' },
        evidence: ['Alpha and Beta completed a prisoner exchange in Gamma.'],
      },
      {
        id: 'event:test-talks',
        name: 'Talks',
        kind: 'peace-talks',
        time: { precision: 'unknown' },
        unlinked: 'Kept unlinked so the fixture stays small.',
        evidence: ['The talks in Gamma remain stalled.'],
      },
    ],
    claims: [
      {
        id: 'claim:test-alpha-demands',
        name: 'Alpha demands Delta',
        stance: 'DEMANDS',
        evidence: ['Alpha demands the return of Delta'],
      },
      {
        id: 'claim:test-beta-rejects',
        name: 'Beta rejects',
        stance: 'REJECTS',
        evidence: ['Beta rejects that demand'],
      },
    ],
    relationships: [
      {
        from: ['actor:test-alpha', 'actor:test-beta'],
        type: 'PARTICIPATED_IN',
        to: 'event:test-exchange',
        evidence: ['Alpha and Beta completed a prisoner exchange'],
      },
      {
        from: 'event:test-exchange',
        type: 'OCCURRED_IN',
        to: 'place:test-gamma',
        evidence: ['a prisoner exchange in Gamma'],
      },
      {
        from: 'actor:test-alpha',
        type: 'HOLDS',
        to: 'claim:test-alpha-demands',
        evidence: ['Alpha demands'],
      },
      { from: 'actor:test-beta', type: 'HOLDS', to: 'claim:test-beta-rejects', evidence: ['Beta rejects'] },
      {
        from: 'claim:test-beta-rejects',
        type: 'OPPOSES',
        to: 'claim:test-alpha-demands',
        evidence: ['Alpha demands the return of Delta, and Beta rejects that demand'],
      },
      {
        from: 'event:test-war-start',
        type: 'PRECEDES',
        to: 'event:test-exchange',
        inference: 'The war the sentence alludes to began long before the exchange it reports.',
        evidence: ['The war began long ago.'],
      },
    ],
    noClaim: [{ sentence: 'Nothing else happened today.', reason: 'A filler sentence with no item.' }],
  };
}

export function baseSource(article: string): Item {
  return {
    title: 'Alpha and Beta exchange prisoners in Gamma',
    byline: 'Test Writer',
    language: 'en',
    outlet: null,
    url: null,
    published: { precision: 'unknown', date: null },
    contentHash: `sha256:${createHash('sha256').update(article, 'utf8').digest('hex')}`,
  };
}

export function baseContext(): ContextDoc {
  return {
    events: [
      {
        id: 'event:test-war-start',
        name: 'War starts',
        kind: 'military-invasion',
        earliest: '2020-01-01',
        latest: '2020-01-01',
        precision: 'day',
        description: 'The war starts.',
        allusion: ['The war began long ago.'],
        sources: [
          {
            title: 'War starts',
            outlet: 'Example News',
            url: 'https://example.org/war',
            reliability: 'outlet',
          },
        ],
      },
    ],
  };
}
