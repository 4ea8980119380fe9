// Stage 3: groups mentions that refer to the same thing within one document — a surname after
// the full name ("Umerov" → "Rustem Umerov"), a short country name after the long one ("Congo"
// → "Democratic Republic of Congo"), a capital or demonym with its state — and resolves "both
// sides" and "he"/"she" to the clusters they stand for.
import type { Mention, MentionCluster } from './model.js';
import { slugify } from './slug.js';

export interface Coreference {
  clusters: MentionCluster[];
  /** Cluster key of each mention, by the mention's start offset. */
  keyAt: Map<number, string>;
}

export function linkCoreference(input: readonly Mention[], countryNames: Map<string, string>): Coreference {
  const mentions = input.map((m) => ({ ...m }));
  const persons = mentions.filter((m) => m.kind === 'person' && m.canonical.includes(' '));
  for (const m of mentions) {
    if (m.rule !== 'proper-noun' || m.canonical.includes(' ')) continue;
    const full =
      persons.find((p) => p.canonical.split(/\s+/).at(-1) === m.canonical) ??
      onlyByFirstName(persons, m.canonical);
    if (full) Object.assign(m, { label: 'Actor', kind: 'person', canonical: full.canonical });
  }
  for (const m of mentions) {
    if (!m.country) continue;
    const longer = mentions.find(
      (o) =>
        o.country &&
        o.country !== m.country &&
        o.text.length > m.text.length &&
        o.text.endsWith(` ${m.text}`),
    );
    if (longer) Object.assign(m, { country: longer.country, canonical: longer.canonical });
  }
  const byKey = new Map<string, MentionCluster>();
  const keyAt = new Map<number, string>();
  for (const m of mentions) {
    const key = clusterKey(m);
    keyAt.set(m.start, key);
    const cluster = byKey.get(key);
    if (!cluster) {
      const name =
        m.country && m.graphIds.length === 0 ? (countryNames.get(m.country) ?? m.canonical) : m.canonical;
      byKey.set(key, { key, label: m.label, kind: m.kind, name, country: m.country, mentions: [m] });
      continue;
    }
    cluster.mentions.push(m);
    if (m.kind === 'person') cluster.kind = 'person';
    if (m.canonical.length > cluster.name.length && m.kind === 'person') cluster.name = m.canonical;
  }
  return { clusters: [...byKey.values()], keyAt };
}

// Some names are used by their first word ("Phumtham" for Phumtham Wechayachai, as Thai usage
// does; family-name-first names): it links only when exactly one full name starts with it.
function onlyByFirstName(persons: readonly Mention[], word: string): Mention | undefined {
  const names = new Set(persons.filter((p) => p.canonical.split(/\s+/)[0] === word).map((p) => p.canonical));
  return names.size === 1 ? persons.find((p) => names.has(p.canonical)) : undefined;
}

function clusterKey(m: Mention): string {
  if (m.country) return `${m.label}:${m.country}`;
  if (m.graphIds.length === 1) return `${m.label}:${m.graphIds[0]}`;
  return `${m.label}:${slugify(m.canonical)}`;
}

const BOTH_SIDES =
  /\b(?:both|the two) (?:sides|countries|nations|governments|parties|states)\b|\beach side\b/i;

/** "both sides" → the two states the document names most, when it names at least two. */
export function bothSides(phrase: string, clusters: readonly MentionCluster[]): string[] {
  if (!BOTH_SIDES.test(phrase)) return [];
  const states = clusters
    .filter((c) => c.label === 'Actor' && c.kind === 'state')
    .sort((a, b) => b.mentions.length - a.mentions.length);
  return states.length >= 2 ? [states[0]?.key ?? '', states[1]?.key ?? ''] : [];
}

/** The person a "he"/"she" at `offset` most probably means: the last one named before it. */
export function personBefore(offset: number, clusters: readonly MentionCluster[]): string | null {
  let best: { key: string; at: number } | null = null;
  for (const c of clusters) {
    if (c.kind !== 'person') continue;
    for (const m of c.mentions)
      if (m.start < offset && (!best || m.start > best.at)) best = { key: c.key, at: m.start };
  }
  return best?.key ?? null;
}
