import type { EntityDetails, Quote } from '../api/get-entity.js';
import { append, clear, h } from '../app/dom.js';
import type { EntityKind } from '../app/state.js';
import { describeTime } from '../util/dates.js';
import { citationsSection, introSection, quotesSection, relationshipsSection } from './details-sections.js';
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
    append(this.element, ...introSection(counts));
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
      quotesSection(entity.evidence, 'Evidence', this.events),
      entity.citedIn?.length ? citationsSection(entity.citedIn) : null,
      relationshipsSection(relationships, this.events),
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
      quotes
        ? quotesSection(quotes, 'Evidence', this.events)
        : h('p', { class: 'loading-line', text: 'Loading quotes…' }),
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
}
