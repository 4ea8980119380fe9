import { describe, expect, it } from 'vitest';
import type { KnownEntity, MentionCluster } from '../../ingest/model.js';
import { RESOLUTION_THRESHOLDS, resolveCluster } from '../../ingest/resolve-entities.js';

const known: KnownEntity[] = [
  {
    id: 'actor:turkey',
    label: 'Actor',
    kind: 'state',
    name: 'Turkey',
    aliases: ['Türkiye'],
    description: null,
  },
  {
    id: 'actor:istanbul-club',
    label: 'Actor',
    kind: 'organization',
    name: 'Istanbul Club',
    aliases: [],
    description: null,
  },
  { id: 'place:istanbul', label: 'Place', kind: 'city', name: 'Istanbul', aliases: [], description: null },
  {
    id: 'actor:noah-thompson',
    label: 'Actor',
    kind: 'person',
    name: 'Noah Thompson',
    aliases: [],
    description: null,
  },
];

function cluster(name: string, label: MentionCluster['label'], kind: MentionCluster['kind']): MentionCluster {
  const mention = {
    start: 0,
    end: name.length,
    text: name,
    unit: 0,
    label,
    kind,
    rule: 'proper-noun' as const,
    canonical: name,
    graphIds: [],
    country: null,
    title: null,
  };
  return { key: `${label}:${name}`, label, kind, name, country: null, mentions: [mention] };
}

describe('resolveCluster', () => {
  it('links an exact alias with the same label', () => {
    const resolution = resolveCluster(cluster('Türkiye', 'Actor', 'state'), known, '');
    expect(resolution).toMatchObject({ decision: 'link', entityId: 'actor:turkey' });
  });

  it('never links across labels: a place named like an actor is new', () => {
    expect(resolveCluster(cluster('Turkey', 'Place', 'country'), known, '').decision).toBe('new');
  });

  it('calls a close but inexact name ambiguous, with ranked scored candidates', () => {
    const resolution = resolveCluster(cluster('Noah Thomas', 'Actor', 'person'), known, '');
    expect(resolution.decision).toBe('ambiguous');
    expect(resolution.entityId).toBeNull();
    expect(resolution.candidates[0]).toMatchObject({ id: 'actor:noah-thompson', why: 'similar name' });
    expect(resolution.candidates[0]?.score).toBeLessThan(RESOLUTION_THRESHOLDS.linkAt);
    expect(resolution.candidates[0]?.score).toBeGreaterThanOrEqual(RESOLUTION_THRESHOLDS.newBelow);
  });

  it('proposes a new entity when nothing in the graph is close', () => {
    expect(resolveCluster(cluster('Hakan Fidan', 'Actor', 'person'), known, '')).toMatchObject({
      decision: 'new',
      entityId: null,
    });
  });
});
