import { describe, expect, it } from 'vitest';
import { lineOfOffset, splitParagraphs, splitSentences } from '../../graph/seed/split-sentences.js';

describe('splitSentences', () => {
  it('counts a heading line and a byline as sentences of their own paragraphs', () => {
    const text = 'A headline without a full stop\n\nFirst sentence. Second one!\n\nBy Some Writer\n';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.paragraph, s.index, s.text])).toEqual([
      [0, 0, 'A headline without a full stop'],
      [1, 1, 'First sentence.'],
      [1, 2, 'Second one!'],
      [2, 3, 'By Some Writer'],
    ]);
  });

  it('gives offsets that slice back to the exact sentence text', () => {
    const text = 'Turkey’s endeavors — as noted — seem constrained. Next: a colon does not split.\n\nEnd?';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Turkey’s endeavors — as noted — seem constrained.',
      'Next: a colon does not split.',
      'End?',
    ]);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    const text = 'Dr. Smith met J. R. Jones in the U.S. capital on 3.5 days. Then he left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Dr. Smith met J. R. Jones in the U.S. capital on 3.5 days.',
      'Then he left.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    const text = 'He said "we agree." They left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['He said "we agree."', 'They left.']);
  });

  it('treats a single line break inside a paragraph as a space, so wrapped sentences stay whole', () => {
    const text = 'This sentence is wrapped\nover two lines. Another.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'This sentence is wrapped\nover two lines.',
      'Another.',
    ]);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines, including lines holding only spaces', () => {
    const text = 'One.\n  \nTwo.\n\n\nThree.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });
});

describe('lineOfOffset', () => {
  it('returns 1-based lines', () => {
    expect(lineOfOffset('a\nb\nc', 0)).toBe(1);
    expect(lineOfOffset('a\nb\nc', 4)).toBe(3);
  });
});
