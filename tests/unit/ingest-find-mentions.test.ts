import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../ingest/build-gazetteer.js';
import { findMentions } from '../../ingest/find-mentions.js';
import { linkCoreference } from '../../ingest/link-coreference.js';
import type { KnownEntity } from '../../ingest/model.js';
import { segmentText } from '../../ingest/segment-text.js';

const turkey: KnownEntity[] = [
  {
    id: 'actor:turkey',
    label: 'Actor',
    kind: 'state',
    name: 'Turkey',
    aliases: ['Türkiye'],
    description: null,
  },
  { id: 'place:turkey', label: 'Place', kind: 'country', name: 'Turkey', aliases: [], description: null },
];

function mentionsOf(text: string, known: KnownEntity[] = []) {
  const gazetteer = buildGazetteer(known);
  return findMentions(text, segmentText(text), gazetteer);
}

describe('findMentions', () => {
  it('reads a capital as the state when it acts and as a place when something happens there', () => {
    const found = mentionsOf('Moscow urged talks. Drones struck Moscow overnight.');
    expect(found.map((m) => [m.text, m.label, m.rule])).toEqual([
      ['Moscow', 'Actor', 'capital-metonym'],
      ['Moscow', 'Place', 'capital-metonym'],
    ]);
  });

  it('takes demonyms for the state and leaves plural demonyms (people) out', () => {
    const found = mentionsOf('Ukrainian officials said the Ukrainians came home.');
    expect(found.map((m) => [m.text, m.canonical])).toEqual([['Ukrainian', 'Ukraine']]);
  });

  it('strips a title and keeps it on the person', () => {
    const [demonym, person] = mentionsOf('Turkish Foreign Minister Hakan Fidan opened the session.');
    expect(demonym?.country).toBe('TR');
    expect(person).toMatchObject({ text: 'Hakan Fidan', kind: 'person', title: 'Foreign Minister' });
  });

  it('lets the context choose between a graph actor and a graph place of the same name', () => {
    const found = mentionsOf('Turkey hosted the talks. They met in Turkey.', turkey);
    expect(found.map((m) => [m.label, m.graphIds])).toEqual([
      ['Actor', ['actor:turkey']],
      ['Place', ['place:turkey']],
    ]);
  });

  it('finds datelines, organisations and venues with exact offsets', () => {
    const text = 'ANKARA — The Russian Defence Ministry met at Dolmabahce Palace.';
    const found = mentionsOf(text);
    expect(found.map((m) => [m.text, m.label, m.kind])).toEqual([
      ['ANKARA', 'Place', 'city'],
      ['Russian Defence Ministry', 'Actor', 'organization'],
      ['Dolmabahce Palace', 'Place', 'venue'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('linkCoreference', () => {
  it('joins a surname to the full name and a short country name to the long one', () => {
    const text =
      'Rustem Umerov led the team. Umerov said so. The Democratic Republic of Congo signed. Congo agreed.';
    const gazetteer = buildGazetteer([]);
    const { clusters } = linkCoreference(
      findMentions(text, segmentText(text), gazetteer),
      gazetteer.countryNames,
    );
    const names = clusters.map((c) => [c.name, c.mentions.length]);
    expect(names).toContainEqual(['Rustem Umerov', 2]);
    expect(names).toContainEqual(['DR Congo', 2]);
  });

  it('joins a name used by its first word to the one full name that starts with it', () => {
    const text =
      "Thailand's acting Prime Minister Phumtham Wechayachai took part. Phumtham said Thailand wanted sincerity.";
    const gazetteer = buildGazetteer([]);
    const { clusters } = linkCoreference(
      findMentions(text, segmentText(text), gazetteer),
      gazetteer.countryNames,
    );
    const people = clusters.filter((c) => c.kind === 'person').map((c) => [c.name, c.mentions.length]);
    expect(people).toEqual([['Phumtham Wechayachai', 2]]);
  });
});
