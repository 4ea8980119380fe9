import { h } from '../app/dom.js';
import type { RelativeItem, TimelineEvent } from './placement.js';
import { derivedBounds } from './timeline-items.js';

// Events known only relatively ("this most recent swap") or not dated at all: a band of their
// own beside the time axis, in their known order, labelled with the article's words and any
// bound the order implies — never drawn at a date that nobody stated.

export interface RelativeBand {
  element: HTMLElement;
  render(items: readonly RelativeItem[], events: ReadonlyMap<string, TimelineEvent>): void;
  setSelection(ids: readonly string[]): void;
  setDimmed(ids: ReadonlySet<string>): void;
}

export function createRelativeBand(
  onSelect: (id: string) => void,
  onHover: (id: string | null) => void,
): RelativeBand {
  const list = h('ol', { class: 'relative-items' });
  // A mouse wheel scrolls vertically; the strip runs sideways, so the wheel moves it along.
  list.addEventListener(
    'wheel',
    (event) => {
      if (Math.abs(event.deltaY) <= Math.abs(event.deltaX)) return;
      if (list.scrollWidth <= list.clientWidth) return;
      list.scrollLeft += event.deltaY;
      event.preventDefault();
    },
    { passive: false },
  );
  const element = h(
    'section',
    { class: 'relative-band', attrs: { 'aria-label': 'Events known only by their order', hidden: true } },
    h(
      'h3',
      {
        class: 'relative-title',
        title: 'The sources give no date for these; only their order (PRECEDES) is known.',
      },
      h('span', { text: 'Known only by order' }),
      h('small', { text: 'no date stated · left to right = earlier to later where known' }),
    ),
    list,
  );
  return {
    element,
    render(items, events) {
      list.replaceChildren();
      element.hidden = items.length === 0;
      for (const item of items) {
        const event = events.get(item.id);
        if (!event) continue;
        const order = [
          item.follows.length ? `after: ${item.follows.join(', ')}` : '',
          item.precedes.length ? `before: ${item.precedes.join(', ')}` : '',
        ].filter(Boolean);
        const chip = h(
          'button',
          {
            class: `relative-chip ${event.origin === 'CONTEXT' ? 'ev-context' : 'ev-article'}${event.status === 'PROPOSED' ? ' ev-proposed' : ''}`,
            attrs: { type: 'button' },
            dataset: { id: item.id },
            title: [event.name, item.when, ...derivedBounds(event), ...order].join('\n'),
            on: {
              click: () => onSelect(item.id),
              mouseenter: () => onHover(item.id),
              mouseleave: () => onHover(null),
            },
          },
          h('span', { class: 'chip-name', text: event.name }),
          item.phrase ? h('q', { class: 'chip-phrase', text: item.phrase }) : null,
          h('span', { class: 'chip-when', text: item.when }),
        );
        list.append(h('li', {}, chip));
      }
    },
    setSelection(ids) {
      for (const chip of list.querySelectorAll<HTMLElement>('.relative-chip')) {
        const selected = ids.includes(chip.dataset.id ?? '');
        chip.classList.toggle('is-selected', selected);
        chip.setAttribute('aria-pressed', String(selected));
        if (selected) chip.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    },
    setDimmed(ids) {
      for (const chip of list.querySelectorAll<HTMLElement>('.relative-chip')) {
        chip.classList.toggle('is-filtered', ids.has(chip.dataset.id ?? ''));
      }
    },
  };
}
