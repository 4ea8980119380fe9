import type { EntityDetails, Quote } from '../api/get-entity.js';
import { append, clear, h } from '../app/dom.js';
import type { EntityKind } from '../app/state.js';
import { describeTime } from '../util/dates.js';
import { disagreementsSection } from './details-disagreements.js';
import { citationsSection, introSection, quotesSection, relationshipsSection } from './details-sections.js';
import type { DetailsEvents, Relationship } from './details-types.js';
import { kindSwatch } from './legend.js';
import { type EdgeRecord, type NodeRecord, relationLabel } from './model.js';
import { withNamedEnds } from './quote-subject.js';
import { type SimilarNode, similarSection } from './similar-names.js';
import { KIND_STYLES } from './stylesheet.js';

// The details panel: what one selected node or edge is, and the exact words behind it. Every
// quote names its source and opens it in the reader at that spot.

function kindBadge(kind: EntityKind, type: string): HTMLElement {
  return h(
    'span',
    { class: 'kind-badge', dataset: { kind } },
    kindSwatch(kind),
    `${KIND_STYLES[kind].label} · ${type}`,
  );
}

export class DetailsPanel {
  // Not a live region: a screen reader would read the whole panel on every change. A short
  // status line (sync-status.ts) announces the selection instead.
  readonly element = h('div', { class: 'details' });
  /** Review status and history of the shown item, filled by review/mount-history.ts. */
  readonly historySlot = h('div', { class: 'details-history-slot' });

  constructor(readonly events: DetailsEvents) {}

  /**
   * Re-renders the panel; when focus was inside it (a button that changed the selection), it
   * moves to the new title instead of falling to the page body.
   */
  #replace(...children: Parameters<typeof append>[1][]): void {
    const hadFocus = this.element.contains(document.activeElement) || this.#focusPending;
    clear(this.element);
    append(this.element, ...children);
    const title = this.element.querySelector<HTMLElement>('.details-title');
    this.#focusPending = hadFocus && !title;
    if (hadFocus && title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
  }

  #focusPending = false;

  showIntro(counts: Record<EntityKind, number> | null): void {
    this.#replace(...introSection(counts));
  }

  showLoading(label: string): void {
    this.#replace(h('p', { class: 'loading-line', text: `Loading ${label}…` }));
  }

  showError(message: string): void {
    this.#replace(h('p', { class: 'error-line', text: message }));
  }

  showEntity(
    entity: EntityDetails,
    relationships: readonly Relationship[],
    expanded: boolean,
    similar: readonly SimilarNode[] = [],
  ): void {
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
    this.#replace(
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
      similar.length ? similarSection(similar, entity.name, this.events) : null,
      quotesSection(entity.evidence, 'Evidence', this.events),
      entity.citedIn?.length ? citationsSection(entity.citedIn) : null,
      entity.disagreements.length ? disagreementsSection(entity.disagreements) : null,
      relationshipsSection(relationships, this.events),
      this.historySlot,
    );
  }

  showEdge(
    edge: EdgeRecord,
    source: NodeRecord | undefined,
    target: NodeRecord | undefined,
    quotes: readonly Quote[] | null,
  ): void {
    const end = (node: NodeRecord | undefined, id: string) =>
      h('button', {
        class: 'link-button',
        text: node?.label ?? id,
        attrs: { type: 'button' },
        on: { click: () => this.events.onSelect(id) },
      });
    const ends = [source, target].filter((node): node is NodeRecord => !!node);
    this.#replace(
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
        ? withNamedEnds(
            quotesSection(quotes, 'Evidence', this.events),
            quotes,
            ends,
            `${source?.label ?? edge.source} ${relationLabel(edge.type)} ${target?.label ?? edge.target}`,
          )
        : h('p', { class: 'loading-line', text: 'Loading quotes…' }),
      this.historySlot,
    );
  }

  showSeveral(nodes: readonly NodeRecord[]): void {
    const [a, b] = nodes.slice(-2);
    this.#replace(
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
