// Reads ingest/fixtures: each articles/<name>.txt with its gold/<name>.gold.yaml. Gold quotes are
// written as text (plus `occurrence` when the text appears more than once) and located here, so
// every gold item carries exact offsets; a quote that is not in the article is an error.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ClaimStance } from '../../graph/model/claim-stances.js';
import type { Span } from '../model.js';
import { parseFrontMatter } from '../parse-front-matter.js';
import type { GoldArticle, GoldMention } from './gold.js';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

const form = z.union([z.string(), z.object({ text: z.string(), occurrence: z.number().int().min(1) })]);
const keys = z.array(z.string()).default([]);
const goldSchema = z.object({
  entities: z.record(
    z.string(),
    z.object({ label: z.enum(['Actor', 'Place']), kind: z.string(), forms: z.array(form) }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      quote: z.string(),
      date: z.object({ value: z.string(), precision: z.string() }).optional(),
      participants: keys,
      hosts: keys,
      mediators: keys,
      places: keys,
      sameAs: z.string().optional(),
    }),
  ),
  dates: z.array(
    z.object({
      text: z.string(),
      occurrence: z.number().int().min(1).optional(),
      value: z.string(),
      precision: z.string(),
      inferredYear: z.boolean().default(false),
    }),
  ),
  notDates: z.array(z.string()).default([]),
  claims: z.array(
    z.object({
      id: z.string(),
      holder: z.string(),
      stance: z.string(),
      quote: z.string(),
      addressedTo: keys,
    }),
  ),
  relationships: z.array(z.tuple([z.string(), z.string(), z.string()])),
});

export async function loadGoldArticles(dir = FIXTURES_DIR): Promise<GoldArticle[]> {
  const names = (await readdir(join(dir, 'articles'))).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(names.map((file) => loadGoldArticle(dir, file.replace(/\.txt$/, ''))));
}

async function loadGoldArticle(dir: string, name: string): Promise<GoldArticle> {
  const raw = await readFile(join(dir, 'articles', `${name}.txt`), 'utf8');
  const { metadata, body: text } = parseFrontMatter(raw, name);
  const gold = goldSchema.parse(parse(await readFile(join(dir, 'gold', `${name}.gold.yaml`), 'utf8')));
  const locate = (quote: string, occurrence = 1): Span => locateQuote(text, quote, occurrence, name);
  return {
    name,
    text,
    published: metadata.published ?? null,
    mentions: expandForms(text, gold.entities, name),
    events: gold.events.map((e) => ({
      id: e.id,
      type: e.type,
      quote: locate(e.quote),
      date: e.date ?? null,
      participants: e.participants,
      hosts: e.hosts,
      mediators: e.mediators,
      places: e.places,
      sameAs: e.sameAs ?? null,
    })),
    dates: gold.dates.map((d) => ({
      ...locate(d.text, d.occurrence),
      value: d.value,
      precision: d.precision,
      inferredYear: d.inferredYear,
    })),
    notDates: gold.notDates.map((t) => locate(t)),
    claims: gold.claims.map((c) => ({
      id: c.id,
      holder: c.holder,
      stance: c.stance as ClaimStance,
      quote: locate(c.quote),
      addressedTo: c.addressedTo,
    })),
    relationships: gold.relationships.map(([from, type, to]) => ({ from, type, to })),
  };
}

function locateQuote(text: string, quote: string, occurrence: number, where: string): Span {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0)
      throw new Error(`${where}: gold quote "${quote}" (occurrence ${occurrence}) is not in the article`);
  }
  return { start: at, end: at + quote.length, text: quote };
}

/** Whole-word occurrences of `form`, case-sensitive. */
function wordOccurrences(text: string, form: string): Span[] {
  const escaped = form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + form.length, text: form }));
}

type EntityForms = Record<string, { label: 'Actor' | 'Place'; kind: string; forms: z.infer<typeof form>[] }>;

// Explicit occurrences first, then every other occurrence of plain forms, longest form first;
// an occurrence inside an already labelled span is part of that longer name.
function expandForms(text: string, entities: EntityForms, where: string): GoldMention[] {
  const taken: GoldMention[] = [];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const plain: { key: string; label: 'Actor' | 'Place'; kind: string; form: string }[] = [];
  for (const [key, entity] of Object.entries(entities)) {
    for (const f of entity.forms) {
      if (typeof f === 'string') {
        plain.push({ key, label: entity.label, kind: entity.kind, form: f });
        continue;
      }
      const span = wordOccurrences(text, f.text)[f.occurrence - 1];
      if (!span) throw new Error(`${where}: form "${f.text}" has no occurrence ${f.occurrence}`);
      taken.push({ ...span, key, label: entity.label, kind: entity.kind });
    }
  }
  plain.sort((a, b) => b.form.length - a.form.length);
  for (const p of plain) {
    const spans = wordOccurrences(text, p.form);
    if (spans.length === 0) throw new Error(`${where}: form "${p.form}" of ${p.key} is not in the article`);
    for (const span of spans)
      if (!overlaps(span)) taken.push({ ...span, key: p.key, label: p.label, kind: p.kind });
  }
  return taken.sort((a, b) => a.start - b.start);
}
