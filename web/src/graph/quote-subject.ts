import type { Quote } from '../api/get-entity.js';
import { h } from '../app/dom.js';
import type { NodeRecord } from './model.js';

// A relationship's quote often names neither end ("has set itself up as an intermediary…"):
// the words are evidence, but out of context they do not say who. Such quotes get a line that
// names the ends, so the analyst need not open the reader to know.

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'");
}

/** True when `text` names the node by its name or one of its aliases. */
export function namesNode(text: string, node: Pick<NodeRecord, 'label' | 'aliases'>): boolean {
  const haystack = normalise(text);
  return [node.label, ...node.aliases].some((name) => name.length > 1 && haystack.includes(normalise(name)));
}

/** Quotes (by id) that name none of the relationship's ends. */
export function quotesNamingNoEnd(
  quotes: readonly Pick<Quote, 'id' | 'text'>[],
  ends: readonly Pick<NodeRecord, 'label' | 'aliases'>[],
): Set<string> {
  return new Set(
    quotes.filter((quote) => !ends.some((end) => namesNode(quote.text, end))).map((quote) => quote.id),
  );
}

/** Adds "About: A relation B" under every quote in `section` that names neither end. */
export function withNamedEnds(
  section: HTMLElement,
  quotes: readonly Quote[],
  ends: readonly NodeRecord[],
  sentence: string,
): HTMLElement {
  const silent = quotesNamingNoEnd(quotes, ends);
  for (const figure of section.querySelectorAll<HTMLElement>('figure.quote')) {
    if (!silent.has(figure.dataset.statement ?? '')) continue;
    figure
      .querySelector('blockquote')
      ?.after(h('p', { class: 'quote-about' }, h('span', { class: 'muted', text: 'About: ' }), sentence));
  }
  return section;
}
