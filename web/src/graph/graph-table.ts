import { h } from '../app/dom.js';
import { describeElement } from './describe-element.js';
import type { Visible } from './filter.js';
import { kindSwatch } from './legend.js';
import type { GraphModel } from './model.js';

// The graph as tables: every node and relationship the canvas shows (same filters), with the
// same selection. It is the graph's text alternative for screen readers and keyboard users,
// and a plain list for anyone who prefers reading to looking.

export interface GraphTableEvents {
  onSelect(id: string, additive: boolean): void;
}

function table(caption: string, headers: string[], rows: HTMLElement[]): HTMLTableElement {
  return h(
    'table',
    { class: 'graph-table' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { text, attrs: { scope: 'col' } })))),
    h('tbody', {}, ...rows),
  );
}

export class GraphTable {
  readonly element = h('div', { class: 'graph-tables' });
  #rows = new Map<string, HTMLTableRowElement>();

  constructor(readonly events: GraphTableEvents) {}

  render(model: GraphModel, visible: Visible, selection: readonly string[]): void {
    this.#rows.clear();
    const pick = (id: string, label: string) =>
      h('button', {
        class: 'link-button',
        text: label,
        attrs: { type: 'button' },
        on: { click: (event) => this.events.onSelect(id, event.shiftKey || event.ctrlKey || event.metaKey) },
      });
    const nodes = [...model.nodes.values()]
      .filter((node) => visible.nodes.has(node.id))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
    const nodeRows = nodes.map((node) => {
      const summary = describeElement(model, node.id);
      const degree = [...visible.edges].filter((id) => {
        const edge = model.edges.get(id);
        return edge?.source === node.id || edge?.target === node.id;
      }).length;
      const row = h(
        'tr',
        { dataset: { id: node.id } },
        h('th', { attrs: { scope: 'row' } }, kindSwatch(node.kind), ' ', pick(node.id, node.label)),
        h('td', { text: summary?.what ?? node.kind }),
        h('td', { text: summary?.when ?? '' }),
        h('td', { class: 'num', text: String(degree) }),
      );
      this.#rows.set(node.id, row);
      return row;
    });
    const edgeRows = [...visible.edges].flatMap((id) => {
      const edge = model.edges.get(id);
      if (!edge) return [];
      const row = h(
        'tr',
        { dataset: { id } },
        h('th', { attrs: { scope: 'row' } }, pick(id, describeElement(model, id)?.name ?? id)),
        h('td', { class: 'num', text: String(edge.evidenceIds.length) }),
      );
      this.#rows.set(id, row);
      return [row];
    });
    this.element.replaceChildren(
      table(`${nodes.length} nodes shown in the graph`, ['Name', 'What', 'When', 'Links'], nodeRows),
      table(`${edgeRows.length} relationships shown in the graph`, ['Relationship', 'Quotes'], edgeRows),
    );
    this.setSelection(selection);
  }

  setSelection(selection: readonly string[]): void {
    const wanted = new Set(selection);
    for (const [id, row] of this.#rows) {
      const on = wanted.has(id);
      row.classList.toggle('is-selected', on);
      if (on) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
    const last = selection.at(-1);
    const row = last ? this.#rows.get(last) : undefined;
    if (row && !row.contains(document.activeElement)) row.scrollIntoView({ block: 'nearest' });
  }
}
