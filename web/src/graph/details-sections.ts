import type { Citation, Quote } from '../api/get-entity.js';
import { h } from '../app/dom.js';
import type { EntityKind } from '../app/state.js';
import type { DetailsEvents, Relationship } from './details-types.js';
import { kindSwatch } from './legend.js';
import { relationLabel } from './model.js';
import { KIND_STYLES } from './stylesheet.js';

// The details panel's sections: quotes (each naming its source, openable in the reader), the
// references that date a background event, and relationships grouped by type and direction.

export function quotesSection(quotes: readonly Quote[], title: string, events: DetailsEvents): HTMLElement {
  const section = h(
    'section',
    { class: 'quotes' },
    h('h3', { text: `${title} (${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'})` }),
  );
  for (const quote of quotes) {
    section.append(
      h(
        'figure',
        { class: 'quote', dataset: { statement: quote.id } },
        h('blockquote', { text: quote.text }),
        h(
          'figcaption',
          {},
          h('span', {
            class: 'quote-source',
            text: `¶${quote.paragraph + 1} · ${quote.source.title}`,
            title: quote.source.title,
          }),
          quote.source.kind === 'ARTICLE'
            ? h('button', {
                class: 'btn btn-small',
                text: 'Show in article',
                attrs: { type: 'button' },
                on: { click: () => events.onShowQuote(quote) },
              })
            : null,
        ),
      ),
    );
  }
  return section;
}

export function citationsSection(citations: readonly Citation[]): HTMLElement {
  return h(
    'section',
    { class: 'citations' },
    h('h3', {
      text: `Dated by ${citations.length} cited ${citations.length === 1 ? 'reference' : 'references'}`,
    }),
    h(
      'ul',
      { class: 'plain-list' },
      ...citations.map((c) =>
        h(
          'li',
          {},
          c.url
            ? h('a', {
                text: c.title,
                attrs: { href: c.url, target: '_blank', rel: 'noopener noreferrer' },
              })
            : h('span', { text: c.title }),
          h('small', {
            class: 'muted',
            text: [c.outlet, c.reliability].filter(Boolean).join(' · ')
              ? ` — ${[c.outlet, c.reliability].filter(Boolean).join(' · ')}`
              : '',
          }),
        ),
      ),
    ),
  );
}

export function relationshipsSection(
  relationships: readonly Relationship[],
  events: DetailsEvents,
): HTMLElement {
  const section = h(
    'section',
    { class: 'relationships' },
    h('h3', { text: `Relationships (${relationships.length})` }),
  );
  const groups = new Map<string, Relationship[]>();
  for (const rel of relationships) {
    const key = `${rel.outgoing ? 'out' : 'in'}:${rel.edge.type}`;
    groups.set(key, [...(groups.get(key) ?? []), rel]);
  }
  for (const [key, rels] of [...groups.entries()].sort()) {
    const [direction, type] = key.split(':') as [string, string];
    const heading = direction === 'out' ? `${relationLabel(type)} →` : `← ${relationLabel(type)}`;
    section.append(
      h('h4', { class: 'rel-heading', text: heading }),
      h(
        'ul',
        { class: 'rel-list' },
        ...rels
          .sort((a, b) => a.other.label.localeCompare(b.other.label))
          .map((rel) =>
            h(
              'li',
              { class: 'rel-row' },
              h(
                'button',
                {
                  class: 'link-button',
                  attrs: { type: 'button' },
                  title: `Select ${rel.other.label}`,
                  on: { click: () => events.onSelect(rel.other.id) },
                },
                kindSwatch(rel.other.kind),
                ` ${rel.other.label}`,
              ),
              rel.edge.role ? h('span', { class: 'muted', text: ` (${rel.edge.role})` }) : null,
              h('button', {
                class: 'btn btn-small btn-ghost',
                text: quoteCount(rel.edge.evidenceIds.length),
                title: 'Select this relationship and show its quotes',
                // Every row's button reads "1 quote": the name says which relationship it opens.
                attrs: {
                  type: 'button',
                  'aria-label': `${quoteCount(rel.edge.evidenceIds.length)}: ${heading} ${rel.other.label}`,
                },
                on: { click: () => events.onSelect(rel.edge.id) },
              }),
            ),
          ),
      ),
    );
  }
  if (relationships.length === 0)
    section.append(h('p', { class: 'muted', text: 'No relationship in the loaded graph.' }));
  return section;
}

/** What the panel shows with nothing selected: what the app is, what it holds, its keys. */
export function introSection(counts: Record<EntityKind, number> | null): (HTMLElement | null)[] {
  return [
    h('h2', { class: 'details-title', text: 'Evidence-backed conflict graph' }),
    h('p', {
      text: 'Every node and edge is backed by exact quotes from a source. Select anything to see who, what, when, and the words that say so.',
    }),
    counts
      ? h('p', {
          class: 'muted',
          text: Object.entries(counts)
            .map(([kind, n]) => `${n} ${KIND_STYLES[kind as EntityKind].label.toLowerCase()}s`)
            .join(' · '),
        })
      : null,
    h('h3', { text: 'Keys' }),
    h(
      'dl',
      { class: 'shortcuts' },
      ...[
        ['/', 'search'],
        ['click · Shift-click', 'select · add to selection'],
        ['double-click · e', 'expand neighbours'],
        ['← ↑ → ↓', 'move to the nearest node (graph focused)'],
        ['n · p', 'next / previous quote in the reader'],
        ['f · + · −', 'fit · zoom'],
        ['g · t · r · d', 'go to graph · timeline · reader · details'],
        ['Shift-drag on the timeline', 'filter the graph by time'],
        ['Esc', 'clear selection'],
      ].flatMap(([key, what]) => [
        h('dt', {}, h('kbd', { text: key as string })),
        h('dd', { text: what as string }),
      ]),
    ),
  ];
}

function quoteCount(n: number): string {
  return `${n} ${n === 1 ? 'quote' : 'quotes'}`;
}
