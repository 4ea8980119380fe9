// Builds the gazetteer the mention finder matches against: the graph's own names and aliases,
// countries with their official names, demonyms and capitals, and seat-of-government metonyms.

import { COUNTRIES } from './lexicons/countries.js';
import { METONYMS } from './lexicons/metonyms.js';
import type { KnownEntity, MentionRule } from './model.js';

export interface GazetteerEntry {
  rule: MentionRule;
  /** What the form stands for: the graph name, or the country's common name. */
  canonical: string;
  graphIds: string[];
  graphLabels: KnownEntity['label'][];
  country: string | null;
}

export interface Gazetteer {
  forms: Map<string, GazetteerEntry[]>;
  /** One alternation of every form, longest first, whole words only. */
  pattern: RegExp;
  countryNames: Map<string, string>;
}

const LABELS_WITH_NAMES = new Set(['Actor', 'Place', 'Issue']);

export function buildGazetteer(known: readonly KnownEntity[]): Gazetteer {
  const forms = new Map<string, GazetteerEntry[]>();
  const add = (form: string, entry: GazetteerEntry) => {
    if (form.length < 2) return;
    const list = forms.get(form) ?? [];
    list.push(entry);
    forms.set(form, list);
  };
  const countryNames = new Map<string, string>();
  for (const country of COUNTRIES) {
    countryNames.set(country.code, country.name);
    const base = { canonical: country.name, graphIds: [], graphLabels: [], country: country.code };
    for (const name of country.names) add(name, { ...base, rule: 'country-name' });
    for (const demonym of country.demonyms) add(demonym, { ...base, rule: 'demonym' });
    for (const capital of country.capitals) add(capital, { ...base, rule: 'capital-metonym' });
  }
  for (const [form, code] of Object.entries(METONYMS)) {
    add(form, {
      canonical: countryNames.get(code) ?? form,
      graphIds: [],
      graphLabels: [],
      country: code,
      rule: 'metonym',
    });
  }
  for (const entity of known) {
    if (!LABELS_WITH_NAMES.has(entity.label)) continue;
    const entry = {
      canonical: entity.name,
      graphIds: [entity.id],
      graphLabels: [entity.label],
      country: null,
    };
    add(entity.name, { ...entry, rule: 'graph-name' });
    // A lower-case single word alias ("prisoners") is a common noun, not a name to match.
    for (const alias of entity.aliases)
      if (/^\p{Lu}/u.test(alias) || alias.includes(' ')) add(alias, { ...entry, rule: 'graph-alias' });
  }
  const alternation = [...forms.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
  return { forms, pattern, countryNames };
}
