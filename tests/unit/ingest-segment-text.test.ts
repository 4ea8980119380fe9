import { describe, expect, it } from 'vitest';
import { segmentText, unitAt } from '../../ingest/segment-text.js';

describe('segmentText', () => {
  it('makes a title line without punctuation a heading of its own', () => {
    const units = segmentText('Talks resume in Istanbul\n\nThe delegations met. They agreed.');
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['heading', 'Talks resume in Istanbul'],
      ['sentence', 'The delegations met.'],
      ['sentence', 'They agreed.'],
    ]);
  });

  it('treats a single newline as a paragraph break', () => {
    const units = segmentText('First paragraph ends here.\nSecond one starts here.');
    expect(units.map((u) => u.paragraph)).toEqual([0, 1]);
  });

  it('keeps exact offsets into the original text', () => {
    const text =
      '  Headline\r\n\r\nKYIV — Russia and Ukraine swapped prisoners on Sunday. Dr. Smith said so.  ';
    for (const unit of segmentText(text)) expect(text.slice(unit.start, unit.end)).toBe(unit.text);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    const units = segmentText('Mr. Smith met J. Doe in the U.S. capital. Then he left.');
    expect(units.map((u) => u.text)).toEqual(['Mr. Smith met J. Doe in the U.S. capital.', 'Then he left.']);
  });

  it('finds the unit that contains an offset', () => {
    const text = 'One two.\nThree four.';
    const units = segmentText(text);
    expect(unitAt(units, text.indexOf('four'))?.text).toBe('Three four.');
  });
});
