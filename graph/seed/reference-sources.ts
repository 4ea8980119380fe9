import { createHash } from 'node:crypto';
import { canonicalUrl } from '../write/canonical-url.js';
import type { EntityDraft } from './build-entities.js';
import type { ProblemList } from './seed-errors.js';
import type { PlannedCitation, PlannedSource } from './seed-plan.js';

function addressOf(url: unknown): string | null {
  return typeof url === 'string' ? canonicalUrl(url) : null;
}

// The references that date context events become Source nodes of kind `reference`, one per
// address, linked by CITED_IN. The same address cited twice must be cited the same way. One
// publication is one Source: addresses are compared in canonical form (https, no www, no
// tracking parameters, no trailing slash), and a reference whose address is that of a seeded
// article is that article's Source, not a second copy of it.

export function referenceSourceId(url: string): string {
  return `source:ref-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

export function referenceSources(
  drafts: readonly EntityDraft[],
  problems: ProblemList,
  articles: readonly PlannedSource[] = [],
): { sources: PlannedSource[]; citations: PlannedCitation[] } {
  const sources = new Map<string, PlannedSource>();
  const citations = new Map<string, PlannedCitation>();
  const idOfAddress = new Map<string, string>();
  for (const article of articles) {
    const address = addressOf(article.props.url);
    if (address) idOfAddress.set(address, article.id);
  }
  for (const draft of drafts) {
    draft.citations.forEach((citation, index) => {
      const address = addressOf(citation.url) ?? citation.url;
      const known = idOfAddress.get(address);
      if (known && !sources.has(known)) {
        // A seeded article cited as a reference: the citation points at the article itself.
        citations.set(`${draft.entity.id}|${known}`, { eventId: draft.entity.id, sourceId: known });
        return;
      }
      const id = known ?? referenceSourceId(citation.url);
      idOfAddress.set(address, id);
      const existing = sources.get(id);
      if (existing) {
        const differs = (['title', 'outlet', 'reliability'] as const).find(
          (key) => existing.props[key] !== citation[key],
        );
        if (differs) {
          problems.add({
            ...draft.where,
            field: `${draft.where.field}.sources[${index}].${differs}`,
            code: 'CONFLICTING_DEFINITION',
            message: `${citation.url} is cited with ${differs} "${citation[differs]}" here and "${existing.props[differs]}" elsewhere`,
            hint: 'Cite the same address with the same title, outlet and reliability everywhere.',
          });
        }
      } else {
        sources.set(id, {
          id,
          props: {
            id,
            kind: 'reference',
            slug: null,
            title: citation.title,
            byline: null,
            outlet: citation.outlet,
            url: citation.url,
            language: null,
            contentHash: null,
            publishedAt: null,
            publishedPrecision: 'unknown',
            reliability: citation.reliability,
            text: null,
            sentenceCount: null,
            coveredSentenceCount: null,
          },
        });
      }
      citations.set(`${draft.entity.id}|${id}`, { eventId: draft.entity.id, sourceId: id });
    });
  }
  return {
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    citations: [...citations.values()].sort((a, b) =>
      `${a.eventId}${a.sourceId}`.localeCompare(`${b.eventId}${b.sourceId}`),
    ),
  };
}
