// Scores one pipeline result against its gold labels: counts per item type, never a judgement
// call. Overlap of spans decides which prediction answers which gold item.
import type { Span } from '../model.js';
import type { ClaimProposal, EntityProposal, EventProposal, IngestResult } from '../proposals.js';
import type { GoldArticle } from './gold.js';

export interface Count {
  hit: number;
  of: number;
}

export interface ArticleScore {
  mentions: { recall: Count; precision: Count };
  resolution: Count & { wrongLinks: number };
  events: { recall: Count; precision: Count; datedRight: Count; sameAs: Count };
  dates: { right: Count; invented: number; durationsDated: number };
  claims: { recall: Count; precision: Count; stanceRight: Count };
  relationships: { recall: Count; precision: Count };
  inexactQuotes: number;
  quotes: number;
}

const SCORED_RELATIONSHIPS = new Set(['PARTICIPATED_IN', 'HOSTED', 'MEDIATED', 'OCCURRED_IN', 'REPRESENTS']);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function scoreArticle(gold: GoldArticle, result: IngestResult): ArticleScore {
  const entities = result.proposals.filter((p): p is EntityProposal => p.kind === 'entity');
  const events = result.proposals.filter((p): p is EventProposal => p.kind === 'event');
  const claims = result.proposals.filter((p): p is ClaimProposal => p.kind === 'claim');
  const predictedMentions = entities
    .filter((e) => e.label !== 'Issue')
    .flatMap((e) => e.mentions.map((m) => ({ ...m, label: e.label, key: e.key })));

  const mentionOf = (g: (typeof gold.mentions)[number]) =>
    predictedMentions.find((p) => overlaps(p, g) && p.label === g.label);
  const existing = gold.mentions.filter((g) => !g.key.startsWith('new:'));
  const resolvedRight = existing.filter((g) => mentionOf(g)?.key === g.key).length;
  const wrongLinks = gold.mentions.filter(
    (g) => g.key.startsWith('new:') && mentionOf(g) && !mentionOf(g)?.key.startsWith('new:'),
  ).length;

  const eventFor = new Map<string, EventProposal>();
  for (const g of gold.events) {
    const match = events.find(
      (e) => e.type === g.type && [e.trigger, ...e.mentions].some((s) => overlaps(s, g.quote)),
    );
    if (match) eventFor.set(g.id, match);
  }
  const matchedEvents = new Set(eventFor.values());
  const dated = gold.events.filter((g) => g.date && eventFor.has(g.id));
  const withSameAs = gold.events.filter((g) => g.sameAs);

  const claimFor = (g: (typeof gold.claims)[number]) =>
    claims.find((c) => overlaps(c.quote, g.quote) && c.holder === g.holder);
  const matchedClaims = gold.claims.map(claimFor).filter((c): c is ClaimProposal => Boolean(c));

  const goldToPredicted = (key: string) => eventFor.get(key)?.key ?? key;
  const predictedRelationships = result.proposals.filter(
    (p) => p.kind === 'relationship' && SCORED_RELATIONSHIPS.has(p.type),
  );
  const relationshipHit = (r: { from: string; type: string; to: string }) =>
    predictedRelationships.some(
      (p) =>
        p.kind === 'relationship' &&
        p.type === r.type &&
        p.from === goldToPredicted(r.from) &&
        p.to === goldToPredicted(r.to),
    );
  const goldRelationshipKeys = new Set(
    gold.relationships.map((r) => `${goldToPredicted(r.from)}|${r.type}|${goldToPredicted(r.to)}`),
  );

  const valued = result.dates.filter((d) => d.value);
  const quotes = result.proposals.flatMap((p) => [
    p.quote,
    ...(p.kind === 'entity' || p.kind === 'event' ? p.mentions : []),
  ]);
  return {
    mentions: {
      recall: { hit: gold.mentions.filter((g) => mentionOf(g)).length, of: gold.mentions.length },
      precision: {
        hit: predictedMentions.filter((p) => gold.mentions.some((g) => overlaps(p, g) && p.label === g.label))
          .length,
        of: predictedMentions.length,
      },
    },
    resolution: { hit: resolvedRight, of: existing.length, wrongLinks },
    events: {
      recall: { hit: eventFor.size, of: gold.events.length },
      precision: { hit: matchedEvents.size, of: events.length },
      datedRight: {
        hit: dated.filter(
          (g) =>
            eventFor.get(g.id)?.time.value === g.date?.value &&
            eventFor.get(g.id)?.time.precision === g.date?.precision,
        ).length,
        of: dated.length,
      },
      sameAs: {
        hit: withSameAs.filter((g) => eventFor.get(g.id)?.sameAs[0]?.id === g.sameAs).length,
        of: withSameAs.length,
      },
    },
    dates: {
      right: {
        hit: gold.dates.filter((g) =>
          valued.some((d) => overlaps(d, g) && d.value === g.value && d.precision === g.precision),
        ).length,
        of: gold.dates.length,
      },
      invented: valued.filter((d) => !gold.dates.some((g) => overlaps(d, g))).length,
      durationsDated: gold.notDates.filter((n) => valued.some((d) => overlaps(d, n))).length,
    },
    claims: {
      recall: { hit: matchedClaims.length, of: gold.claims.length },
      precision: {
        hit: claims.filter((c) =>
          gold.claims.some((g) => overlaps(c.quote, g.quote) && c.holder === g.holder),
        ).length,
        of: claims.length,
      },
      stanceRight: {
        hit: gold.claims.filter((g) => claimFor(g)?.stance === g.stance).length,
        of: matchedClaims.length,
      },
    },
    relationships: {
      recall: { hit: gold.relationships.filter(relationshipHit).length, of: gold.relationships.length },
      precision: {
        hit: predictedRelationships.filter(
          (p) => p.kind === 'relationship' && goldRelationshipKeys.has(`${p.from}|${p.type}|${p.to}`),
        ).length,
        of: predictedRelationships.length,
      },
    },
    inexactQuotes: quotes.filter((q) => result.source.text.slice(q.start, q.end) !== q.text).length,
    quotes: quotes.length,
  };
}
