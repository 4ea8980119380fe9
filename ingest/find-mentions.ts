// Stage 2: finds the names in each unit — gazetteer forms (graph names and aliases, countries,
// demonyms, capitals), datelines, other capitalised names (typed with compromise's lexicon and
// the words around them) and unnamed groups — each with its exact span, label and kind.
import nlp from 'compromise';
import type { Gazetteer, GazetteerEntry } from './build-gazetteer.js';
import { isListSeparator, isLocativeContext } from './classify-context.js';
import { GROUP_NOUNS } from './lexicons/group-nouns.js';
import { PHRASE_MENTIONS } from './lexicons/issue-phrases.js';
import { LEADING_NON_NAMES, NOT_NAMES } from './lexicons/stopwords.js';
import { ORGANIZATION_WORDS, PERSON_TITLES, PLACE_WORDS } from './lexicons/titles.js';
import type { Mention, MentionKind, MentionLabel, TextUnit } from './model.js';

const TOKEN = String.raw`(?:[A-Z](?:\.[A-Z])+\.?|\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*|[a-z]{1,3}-\p{Lu}[\p{L}]*)`;
const RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${TOKEN}(?:(?:\s+(?:(?:of|the|for|de|du|da|bin)\s+)*|/)${TOKEN})*`,
  'gu',
);
const DATELINE = /^([A-Z][A-Z'’. -]*[A-Z])\s+[—–-]\s/;
const LOWERCASE_TITLE_BEFORE =
  /(?:^|\s)(presidential aide|special envoy|spokes(?:man|woman|person)|envoy|aide|reporter|journalist|chancellor|minister|commander|negotiator)\s+$/;
const PLACE_NOUN_AFTER = /^\s+(region|province|oblast|prison|airport|city|district)\b/;
// compromise's word list (first names, organisations, places), looked up directly: running its
// full tagger costs 100 ms or more per article.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;

export function findMentions(text: string, units: readonly TextUnit[], gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const unit of units) mentions.push(...unitMentions(text, unit, gazetteer));
  return mentions;
}

function unitMentions(text: string, unit: TextUnit, gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  const dateline = DATELINE.exec(unit.text);
  if (dateline?.[1] && unit.index < 3) {
    const name = titleCase(dateline[1]);
    const entries = gazetteer.forms.get(name) ?? [];
    const place = entries.find((e) => e.graphLabels.includes('Place'));
    found.push(make(unit, unit.start, dateline[1], 'Place', 'city', 'dateline', name, place?.graphIds ?? []));
  }
  for (const run of unit.text.matchAll(RUN)) {
    const start = unit.start + run.index;
    if (found.some((m) => start < m.end && m.start < start + run[0].length)) continue;
    found.push(...runMentions(text, unit, start, run[0], gazetteer));
  }
  // Multi-word graph aliases in lower case ("occupied territories") lie outside capitalised runs.
  for (const hit of unit.text.matchAll(gazetteer.pattern)) {
    if (!/^\p{Ll}/u.test(hit[0])) continue;
    const start = unit.start + hit.index;
    found.push(fromEntries(text, unit, start, hit[0], gazetteer.forms.get(hit[0]) ?? []));
  }
  for (const group of GROUP_NOUNS) {
    for (const hit of unit.text.matchAll(group.pattern)) {
      found.push(make(unit, unit.start + hit.index, hit[0], 'Actor', 'group', 'group-noun', group.name, []));
    }
  }
  for (const phrase of PHRASE_MENTIONS) {
    for (const hit of unit.text.matchAll(phrase.pattern)) {
      const name = phrase.name || hit[0].charAt(0).toUpperCase() + hit[0].slice(1);
      found.push(
        make(unit, unit.start + hit.index, hit[0], phrase.label, phrase.kind, 'issue-phrase', name, []),
      );
    }
  }
  return dropOverlapped(found).map((m, i, all) => inheritListLabel(text, m, all[i - 1]));
}

function runMentions(text: string, unit: TextUnit, runStart: number, run: string, gaz: Gazetteer): Mention[] {
  let start = runStart;
  let body = run;
  const lead = /^(\S+)\s+/;
  for (let m = lead.exec(body); m?.[1] && LEADING_NON_NAMES.has(m[1]); m = lead.exec(body)) {
    start += m[0].length;
    body = body.slice(m[0].length);
  }
  if (body.split(/[\s/-]+/).every((w) => NOT_NAMES.has(w) || LEADING_NON_NAMES.has(w))) return [];
  // "Drones struck …": a capitalised first word that the lexicon knows as a common word.
  if (start === unit.start && !body.includes(' ') && !gaz.forms.has(body) && isCommonWord(body)) return [];
  let title: string | null = LOWERCASE_TITLE_BEFORE.exec(text.slice(unit.start, start))?.[1] ?? null;
  const titled = PERSON_TITLES.find((t) => body.startsWith(`${t.title} `));
  if (titled) {
    title = titled.title;
    start += titled.title.length + 1;
    body = body.slice(titled.title.length + 1);
  }
  const whole = gaz.forms.get(body);
  if (whole) return [fromEntries(text, unit, start, body, whole)];
  // "Alsu Kurmasheva of Radio Free Europe": a person's name ends before "of".
  const of = / of /.exec(body);
  if (of && (title || isFirstName(body))) {
    return [
      properNoun(text, unit, start, body.slice(0, of.index), title),
      ...runMentions(text, unit, start + of.index + 4, body.slice(of.index + 4), gaz),
    ];
  }
  if (ORGANIZATION_WORDS.test(body) && !title && !isLocativeContext(text.slice(unit.start, start))) {
    return [make(unit, start, body, 'Actor', 'organization', 'proper-noun', body, [])];
  }
  const mentions: Mention[] = [];
  let cursor = 0;
  const flushLeftover = (until: number) => {
    const piece = body.slice(cursor, until);
    const trimmed = piece.replace(/^[\s/]+|[\s/]+$/g, '');
    if (!trimmed || trimmed.split(/\s+/).every((w) => NOT_NAMES.has(w) || LEADING_NON_NAMES.has(w))) return;
    if (isPluralDemonym(trimmed, gaz)) return;
    let at = start + cursor + piece.indexOf(trimmed);
    let name = trimmed;
    let pieceTitle = title;
    const titled = PERSON_TITLES.find((t) => name.startsWith(`${t.title} `));
    if (titled) {
      pieceTitle = titled.title;
      at += titled.title.length + 1;
      name = name.slice(titled.title.length + 1);
    }
    mentions.push(properNoun(text, unit, at, name, pieceTitle));
  };
  for (const hit of body.matchAll(gaz.pattern)) {
    flushLeftover(hit.index);
    mentions.push(fromEntries(text, unit, start + hit.index, hit[0], gaz.forms.get(hit[0]) ?? []));
    cursor = hit.index + hit[0].length;
  }
  flushLeftover(body.length);
  return mentions;
}

function properNoun(
  text: string,
  unit: TextUnit,
  start: number,
  name: string,
  title: string | null,
): Mention {
  const before = text.slice(unit.start, start);
  const after = text.slice(start + name.length, unit.end);
  const placeNoun = PLACE_NOUN_AFTER.exec(after)?.[1];
  if (placeNoun) {
    const span = name + after.slice(0, after.indexOf(placeNoun) + placeNoun.length);
    const kind: MentionKind =
      placeNoun === 'region' || placeNoun === 'province' || placeNoun === 'oblast'
        ? 'region'
        : placeNoun === 'city'
          ? 'city'
          : 'venue';
    return make(unit, start, span, 'Place', kind, 'proper-noun', span, []);
  }
  const [label, kind] = typeProperNoun(name, before, title);
  return { ...make(unit, start, name, label, kind, 'proper-noun', name, []), title };
}

function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = [LEXICON[lower], LEXICON[lower.replace(/s$/, '')]].flat().join(' ');
  return (
    /\b(?:Plural|Singular|Gerund|Noun|Verb|Adjective|Adverb|Duration)\b/.test(tags) &&
    !/ProperNoun|Place|Country|City|Organization|Name/.test(tags)
  );
}

function isFirstName(name: string): boolean {
  const first = LEXICON[name.split(/\s+/)[0]?.toLowerCase() ?? ''];
  return Boolean(first && /FirstName|MaleName|FemaleName/.test(first));
}

// "Ukrainians" are people of a country, not the state.
function isPluralDemonym(name: string, gaz: Gazetteer): boolean {
  return name.endsWith('s') && (gaz.forms.get(name.slice(0, -1)) ?? []).some((e) => e.rule === 'demonym');
}

function typeProperNoun(name: string, before: string, title: string | null): [MentionLabel, MentionKind] {
  if (title) return ['Actor', 'person'];
  if (PLACE_WORDS.test(name))
    return [
      'Place',
      /Palace|prison|Prison|Airport|airport|Square/.test(name)
        ? 'venue'
        : /City/.test(name)
          ? 'city'
          : 'area',
    ];
  const tag = LEXICON[name.toLowerCase()];
  if (tag === 'Organization' || tag === 'SportsTeam') return ['Actor', 'organization'];
  if (tag && /Country|City|Region|Place|Province/.test(tag))
    return ['Place', tag === 'Country' ? 'country' : 'city'];
  if (isFirstName(name) && name.includes(' ')) return ['Actor', 'person'];
  if (isLocativeContext(before)) return ['Place', 'city'];
  if (/^[A-Z][A-Z0-9]+$/.test(name)) return ['Actor', 'organization'];
  if (name.includes(' ')) return ['Actor', 'person'];
  return ['Actor', 'organization'];
}

// One reading of a form from all its gazetteer entries: the graph's own labels first (the
// context picks between an actor and a place of the same name), then country, capital, demonym.
function fromEntries(
  text: string,
  unit: TextUnit,
  start: number,
  form: string,
  entries: GazetteerEntry[],
): Mention {
  const locative = isLocativeContext(text.slice(unit.start, start));
  const graph = entries.filter((e) => e.rule === 'graph-name' || e.rule === 'graph-alias');
  const other = entries.find((e) => e.country) ?? entries[0];
  const ids = (label: string) =>
    graph.flatMap((e) => e.graphIds.filter((_, i) => e.graphLabels[i] === label));
  const graphRule = graph[0]?.rule;
  if (graph.length > 0 && graphRule) {
    const canonical = graph[0]?.canonical ?? form;
    if (ids('Issue').length > 0)
      return make(unit, start, form, 'Issue', 'issue', graphRule, canonical, ids('Issue'));
    const places = ids('Place');
    const actors = ids('Actor');
    const withCountry = (m: Mention) => ({ ...m, country: other?.country ?? null });
    if (places.length > 0 && (locative || actors.length === 0))
      return make(unit, start, form, 'Place', 'city', graphRule, canonical, places);
    if (actors.length > 0 && !(locative && other?.country))
      return withCountry(make(unit, start, form, 'Actor', 'state', graphRule, canonical, actors));
  }
  if (!other) return make(unit, start, form, 'Actor', 'organization', 'proper-noun', form, []);
  const m = (label: MentionLabel, kind: MentionKind) => ({
    ...make(unit, start, form, label, kind, other.rule, other.canonical, []),
    country: other.country,
  });
  if (other.rule === 'demonym' || other.rule === 'metonym') return m('Actor', 'state');
  if (other.rule === 'capital-metonym')
    return locative ? { ...m('Place', 'city'), canonical: form, country: null } : m('Actor', 'state');
  return locative ? m('Place', 'country') : m('Actor', 'state');
}

function make(
  unit: TextUnit,
  start: number,
  text: string,
  label: MentionLabel,
  kind: MentionKind,
  rule: Mention['rule'],
  canonical: string,
  graphIds: string[],
): Mention {
  return {
    start,
    end: start + text.length,
    text,
    unit: unit.index,
    label,
    kind,
    rule,
    canonical,
    graphIds,
    country: null,
    title: null,
  };
}

// One reading per span: the longer name wins; at equal spans graph entries and countries merge.
function dropOverlapped(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start === last.start && m.end === last.end) {
      last.graphIds = [...new Set([...last.graphIds, ...m.graphIds])];
      last.country ??= m.country;
      if (last.rule !== 'graph-name' && last.rule !== 'graph-alias' && m.graphIds.length > 0) {
        Object.assign(last, { label: m.label, kind: m.kind, rule: m.rule, canonical: m.canonical });
      }
      continue;
    }
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

// "in Doha and Cairo": a name listed right after a place is a place too.
function inheritListLabel(text: string, mention: Mention, previous: Mention | undefined): Mention {
  if (!previous || previous.unit !== mention.unit || mention.rule === 'demonym') return mention;
  if (previous.label !== 'Place' || mention.label === 'Place') return mention;
  if (!isListSeparator(text.slice(previous.end, mention.start))) return mention;
  return { ...mention, label: 'Place', kind: previous.kind };
}

function titleCase(value: string): string {
  return value
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
