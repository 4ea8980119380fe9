import type { Citation, EntityDetails, Quote } from '../api/get-entity.js';
import { append, clear, h } from '../app/dom.js';
import type { EntityKind } from '../app/state.js';
import { describeTime } from '../util/dates.js';
import { kindSwatch } from './legend.js';
import { type EdgeRecord, type NodeRecord, relationLabel } from './model.js';
import { KIND_STYLES } from './stylesheet.js';

// The details panel: what one selected node or edge is, and the exact words behind it. Every
// quote names its source and opens it in the reader at that spot.

export interface DetailsEvents {
  onSelect(id: string, additive?: boolean): void;
  onExpand(id: string): void;
  onShowQuote(quote: Quote): void;
  onFindPaths(from: string, to: string): void;
}

export interface Relationship {
  edge: EdgeRecord;
  other: NodeRecord;
  outgoing: boolean;
}

function kindBadge(kind: EntityKind, type: string): HTMLElement {
  return h(
    'span',
    { class: 'kind-badge', dataset: { kind } },
    kindSwatch(kind),
    `${KIND_STYLES[kind].label} · ${type}`,
  );
}

export class DetailsPanel {
  readonly element = h('div', { class: 'details', attrs: { 'aria-live': 'polite' } });

  constructor(readonly events: DetailsEvents) {}

  showIntro(counts: Record<EntityKind, number> | null): void {
    clear(this.element);
    append(
      this.element,
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
    );
  }

  showLoading(label: string): void {
    clear(this.element);
    append(this.element, h('p', { class: 'loading-line', text: `Loading ${label}…` }));
  }

  showError(message: string): void {
    clear(this.element);
    append(this.element, h('p', { class: 'error-line', text: message }));
  }

  showEntity(entity: EntityDetails, relationships: readonly Relationship[], expanded: boolean): void {
    clear(this.element);
    const time =
      entity.entityKind === 'EVENT' && entity.precision
        ? h(
            'p',
            { class: 'event-time' },
            h('strong', {
              text: describeTime(entity.precision, entity.earliest ?? null, entity.latest ?? null),
            }),
            entity.relativePhrase
              ? h('span', {}, ' — the article says ', h('q', { text: entity.relativePhrase }))
              : null,
            h('span', {
              class: `origin-badge ${entity.origin === 'CONTEXT' ? 'context' : 'article'}`,
              text: entity.origin === 'CONTEXT' ? 'background event' : 'from the article',
            }),
          )
        : null;
    append(
      this.element,
      h(
        'header',
        { class: 'details-head' },
        kindBadge(entity.entityKind, entity.kind),
        h('h2', { class: 'details-title', text: entity.name }),
        entity.aliases.length
          ? h('p', { class: 'aliases', text: `Also: ${entity.aliases.join(', ')}` })
          : null,
        time,
        entity.description ? h('p', { class: 'description', text: entity.description }) : null,
        h(
          'div',
          { class: 'details-actions' },
          h('button', {
            class: 'btn',
            text: expanded ? 'Neighbours shown' : 'Expand neighbours',
            attrs: { type: 'button', disabled: expanded },
            title: 'Show this node’s neighbours even when filters hide them (e)',
            on: { click: () => this.events.onExpand(entity.id) },
          }),
        ),
      ),
      this.#quotes(entity.evidence, 'Evidence'),
      entity.citedIn?.length ? this.#citations(entity.citedIn) : null,
      this.#relationships(relationships),
    );
  }

  showEdge(
    edge: EdgeRecord,
    source: NodeRecord | undefined,
    target: NodeRecord | undefined,
    quotes: readonly Quote[] | null,
  ): void {
    clear(this.element);
    const end = (node: NodeRecord | undefined, id: string) =>
      h('button', {
        class: 'link-button',
        text: node?.label ?? id,
        attrs: { type: 'button' },
        on: { click: () => this.events.onSelect(id) },
      });
    append(
      this.element,
      h(
        'header',
        { class: 'details-head' },
        h('span', { class: 'kind-badge edge-badge', text: `Relationship · ${edge.type}` }),
        h(
          'h2',
          { class: 'details-title edge-title' },
          end(source, edge.source),
          h('span', { class: 'edge-verb', text: ` ${relationLabel(edge.type)} ` }),
          end(target, edge.target),
        ),
        edge.role ? h('p', { class: 'description', text: `Role: ${edge.role}` }) : null,
      ),
      quotes ? this.#quotes(quotes, 'Evidence') : h('p', { class: 'loading-line', text: 'Loading quotes…' }),
    );
  }

  showSeveral(nodes: readonly NodeRecord[]): void {
    clear(this.element);
    const [a, b] = nodes.slice(-2);
    append(
      this.element,
      h('h2', { class: 'details-title', text: `${nodes.length} selected` }),
      h(
        'ul',
        { class: 'plain-list' },
        ...nodes.map((node) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                class: 'link-button',
                attrs: { type: 'button' },
                on: { click: () => this.events.onSelect(node.id) },
              },
              kindSwatch(node.kind),
              ` ${node.label}`,
            ),
          ),
        ),
      ),
      a && b
        ? h('button', {
            class: 'btn btn-primary',
            text: `Find paths: ${a.label} → ${b.label}`,
            attrs: { type: 'button' },
            on: { click: () => this.events.onFindPaths(a.id, b.id) },
          })
        : null,
      h('p', {
        class: 'muted',
        text: 'Shift-click nodes to add them to the selection; the path finder joins the last two.',
      }),
    );
  }

  #quotes(quotes: readonly Quote[], title: string): HTMLElement {
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
                  on: { click: () => this.events.onShowQuote(quote) },
                })
              : null,
          ),
        ),
      );
    }
    return section;
  }

  #citations(citations: readonly Citation[]): HTMLElement {
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

  #relationships(relationships: readonly Relationship[]): HTMLElement {
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
                    on: { click: () => this.events.onSelect(rel.other.id) },
                  },
                  kindSwatch(rel.other.kind),
                  ` ${rel.other.label}`,
                ),
                rel.edge.role ? h('span', { class: 'muted', text: ` (${rel.edge.role})` }) : null,
                h('button', {
                  class: 'btn btn-small btn-ghost',
                  text: `${rel.edge.evidenceIds.length} ${rel.edge.evidenceIds.length === 1 ? 'quote' : 'quotes'}`,
                  title: 'Select this relationship and show its quotes',
                  attrs: { type: 'button' },
                  on: { click: () => this.events.onSelect(rel.edge.id) },
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
}
