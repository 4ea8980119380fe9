import { h } from '../app/dom.js';
import type { EntityKind } from '../app/state.js';
import { kindSwatch } from './legend.js';
import type { GraphModel, NodeRecord } from './model.js';
import { KIND_STYLES } from './stylesheet.js';

// Near-duplicates an analyst meets side by side: the actor and the place both called "Turkey",
// or two "talks" events. The details panel links them and says how they differ, so nobody
// mistakes one for the other or wonders whether the graph counted something twice.

export interface SimilarNode {
  node: NodeRecord;
  reason: string;
}

const STOP = new Set(['the', 'of', 'and', 'in', 'a', 'an', 'to', 'for', 'on', 'at', 'by', 'with', 's']);

function tokens(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((word) => word && !STOP.has(word)),
  );
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

const kindLabel = (kind: EntityKind) => KIND_STYLES[kind].label.toLowerCase();

/** Other nodes with the same or a closely similar name, with why they are listed. */
export function similarNodes(model: GraphModel, id: string, threshold = 0.6): SimilarNode[] {
  const self = model.nodes.get(id);
  if (!self) return [];
  const own = tokens(self.label);
  const ownNames = new Set([self.label, ...self.aliases].map((name) => name.toLowerCase()));
  const result: SimilarNode[] = [];
  for (const other of model.nodes.values()) {
    if (other.id === self.id) continue;
    const sameName = [other.label, ...other.aliases].some((name) => ownNames.has(name.toLowerCase()));
    const score = similarity(own, tokens(other.label));
    if (!sameName && score < threshold) continue;
    const reason =
      other.kind !== self.kind
        ? `Same name, a different kind of thing: this is the ${kindLabel(self.kind)}, that is the ${kindLabel(other.kind)} (${other.type}).`
        : sameName
          ? `Same name, a separate ${kindLabel(other.kind)} in the graph (${other.type}).`
          : `Similar name, a separate ${kindLabel(other.kind)} (${other.type}).`;
    result.push({ node: other, reason });
  }
  return result.sort((a, b) => a.node.label.localeCompare(b.node.label));
}

export function similarSection(
  similar: readonly SimilarNode[],
  name: string,
  events: { onSelect(id: string): void },
): HTMLElement {
  return h(
    'section',
    { class: 'similar' },
    h('h3', { text: `Not to be confused with (${similar.length})` }),
    h(
      'ul',
      { class: 'plain-list' },
      ...similar.map(({ node, reason }) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              class: 'link-button',
              attrs: { type: 'button', 'aria-label': `${node.label}, ${kindLabel(node.kind)}: select it` },
              on: { click: () => events.onSelect(node.id) },
            },
            kindSwatch(node.kind),
            ` ${node.label}`,
          ),
          h('p', { class: 'muted similar-reason', text: reason }),
        ),
      ),
    ),
    h('p', { class: 'muted sr-only', text: `Entities whose names resemble ${name}.` }),
  );
}
