import { h } from '../app/dom.js';
import type { ReviewItem } from './get-review.js';

// An entity-id field for endpoint edits: any id may be typed, and the source's own entities
// (with their names) and the item's candidates are offered as suggestions.
let lists = 0;

export function entityIdInput(value: string, choices: readonly ReviewItem[]): HTMLElement[] {
  const listId = `review-entity-choices-${++lists}`;
  const input = h('input', {
    attrs: { type: 'text', autocomplete: 'off', list: listId, value, required: true },
  });
  const options = h(
    'datalist',
    { attrs: { id: listId } },
    ...choices
      .filter((item) => item.itemKind !== 'relationship')
      .map((item) => h('option', { attrs: { value: item.id }, text: `${item.name} (${item.label})` })),
  );
  return [input, options];
}
