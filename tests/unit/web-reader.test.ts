import { describe, expect, it } from 'vitest';
import { buildEvidenceIndex, statementsFor, supportedBy } from '../../web/src/reader/evidence-index.js';
import { paragraphRanges, segmentText } from '../../web/src/reader/segments.js';

const TEXT = 'Headline here\n\nMoscow and Kyiv swapped prisoners. Talks stalled.\n\nLast one.\n';

describe('reader segments', () => {
  it('splits paragraphs at blank lines', () => {
    expect(paragraphRanges(TEXT).map((r) => TEXT.slice(r.start, r.end))).toEqual([
      'Headline here',
      'Moscow and Kyiv swapped prisoners. Talks stalled.',
      'Last one.',
    ]);
  });

  it('cuts text into runs covered by the same statements, nested spans included', () => {
    const start = TEXT.indexOf('Moscow');
    const sentenceEnd = TEXT.indexOf('.', start) + 1;
    const paragraphs = segmentText(TEXT, [
      { id: 's:sentence', start, end: sentenceEnd, role: 'EVIDENCE' },
      { id: 's:names', start, end: start + 'Moscow and Kyiv'.length, role: 'EVIDENCE' },
      { id: 's:talks', start: sentenceEnd + 1, end: TEXT.indexOf('stalled.') + 8, role: 'NO_CLAIM' },
    ]);
    const second = paragraphs[1];
    expect(second?.segments.map((s) => [s.text, s.ids, s.evidence])).toEqual([
      ['Moscow and Kyiv', ['s:sentence', 's:names'], true],
      [' swapped prisoners.', ['s:sentence'], true],
      [' ', [], false],
      ['Talks stalled.', ['s:talks'], false],
    ]);
    expect(paragraphs.flatMap((p) => p.segments.map((s) => s.text)).join('')).toBe(
      'Headline hereMoscow and Kyiv swapped prisoners. Talks stalled.Last one.',
    );
  });

  it('ignores spans outside the text', () => {
    const paragraphs = segmentText('abc', [{ id: 'bad', start: 2, end: 10, role: 'EVIDENCE' }]);
    expect(paragraphs[0]?.segments.map((s) => s.ids)).toEqual([[]]);
  });
});

describe('evidence index', () => {
  const index = buildEvidenceIndex(
    [
      { id: 's:2', start: 50, evidenceFor: [{ id: 'event:swap' }] },
      { id: 's:1', start: 10, evidenceFor: [{ id: 'actor:russia' }, { id: 'actor:ukraine' }] },
    ],
    new Map([['s:2', ['actor:russia|PARTICIPATED_IN|event:swap']]]),
  );

  it('finds the quotes of a selection in reading order, for entities and relationships', () => {
    expect(statementsFor(index, ['event:swap', 'actor:russia'])).toEqual(['s:1', 's:2']);
    expect(statementsFor(index, ['actor:russia|PARTICIPATED_IN|event:swap'])).toEqual(['s:2']);
    expect(statementsFor(index, ['place:nowhere'])).toEqual([]);
  });

  it('says what a clicked highlight supports: entities and relationships', () => {
    expect(supportedBy(index, ['s:2'])).toEqual({
      nodes: ['event:swap'],
      edges: ['actor:russia|PARTICIPATED_IN|event:swap'],
    });
    expect(supportedBy(index, ['s:1', 's:unknown'])).toEqual({
      nodes: ['actor:russia', 'actor:ukraine'],
      edges: [],
    });
  });
});
