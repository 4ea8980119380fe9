import { ApiError } from '../api/client.js';
import { type SearchHit, searchEntities } from '../api/search-entities.js';
import { clear, debounce, h } from '../app/dom.js';
import { kindSwatch } from './legend.js';
import { type RelationshipHit, rankHits } from './search-rank.js';
import { KIND_STYLES } from './stylesheet.js';

// The search box: suggestions from the API's full-text search as you type (names, aliases and
// quotes, so "Kyiv" finds Ukraine), exact names first, then the loaded graph's relationships
// ("mediat" finds MEDIATED); an ARIA combobox driven by ↑ ↓ Enter Escape.

const MATCHED_IN: Record<SearchHit['matchedIn'], string> = {
  NAME: 'name',
  ALIAS: 'also called',
  DESCRIPTION: 'description',
  STATEMENT: 'quote',
};

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  focus(): void;
}

function snippetElement(hit: SearchHit): HTMLElement {
  const { text, highlights } = hit.snippet;
  const element = h('span', { class: 'hit-snippet' });
  let at = 0;
  for (const range of highlights) {
    if (range.start < at || range.end > text.length) continue;
    element.append(text.slice(at, range.start), h('mark', { text: text.slice(range.start, range.end) }));
    at = range.end;
  }
  element.append(text.slice(at));
  return element;
}

/** What a suggestion selects: an entity from the API or a relationship from the loaded graph. */
export type SearchPick = { id: string; name: string };

export function createSearchBox(
  onPick: (pick: SearchPick) => void,
  onFailure: (error: unknown, retry: () => void) => void,
  relationships: (query: string) => RelationshipHit[] = () => [],
): SearchBox {
  const input = h('input', {
    class: 'search-input',
    attrs: {
      type: 'search',
      placeholder: 'Search actors, events, places, quotes…  ( / )',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      'aria-label': 'Search the graph',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = h('ul', {
    class: 'search-results',
    attrs: { id: 'search-results', role: 'listbox', hidden: true },
  });
  const element = h('div', { class: 'search', attrs: { role: 'search' } }, input, list);
  let hits: SearchHit[] = [];
  let edges: RelationshipHit[] = [];
  let active = -1;
  let controller: AbortController | null = null;
  // Enter pressed before the suggestions arrived: take the best one when they do.
  let pickWhenReady = false;

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) input.removeAttribute('aria-activedescendant');
  };
  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    });
  };
  const total = () => hits.length + edges.length;
  const pickAt = (index: number) => {
    const hit = hits[index];
    const edge = edges[index - hits.length];
    const chosen = hit ? { id: hit.entity.id, name: hit.entity.name } : edge;
    if (!chosen) return;
    setOpen(false);
    input.value = chosen.name;
    onPick(chosen);
  };
  const render = (message?: string) => {
    clear(list);
    if (message) list.append(h('li', { class: 'search-message', text: message }));
    hits.forEach((hit, i) => {
      const kind = hit.entity.entityKind;
      const option = h(
        'li',
        {
          class: 'search-hit',
          attrs: { role: 'option', id: `search-hit-${i}`, 'aria-selected': 'false' },
          dataset: { id: hit.entity.id },
          on: {
            pointerdown: (event) => event.preventDefault(),
            click: () => pickAt(i),
          },
        },
        kindSwatch(kind),
        h(
          'span',
          { class: 'hit-main' },
          h('span', { class: 'hit-name', text: hit.entity.name }),
          h('span', {
            class: 'hit-kind',
            text: `${KIND_STYLES[kind].label} · ${hit.entity.kind} · ${MATCHED_IN[hit.matchedIn]}`,
          }),
          hit.matchedIn === 'NAME' ? null : snippetElement(hit),
        ),
      );
      list.append(option);
    });
    edges.forEach((edge, j) => {
      const i = hits.length + j;
      list.append(
        h(
          'li',
          {
            class: 'search-hit search-hit-edge',
            attrs: { role: 'option', id: `search-hit-${i}`, 'aria-selected': 'false' },
            dataset: { id: edge.id },
            on: { pointerdown: (event) => event.preventDefault(), click: () => pickAt(i) },
          },
          h('span', { class: 'edge-swatch', text: '→', attrs: { 'aria-hidden': 'true' } }),
          h(
            'span',
            { class: 'hit-main' },
            h('span', { class: 'hit-name', text: edge.name }),
            h('span', { class: 'hit-kind', text: `Relationship · ${edge.type}` }),
          ),
        ),
      );
    });
    setOpen(total() > 0 || !!message);
    setActive(total() ? 0 : -1);
  };
  const run = debounce(async (query: string) => {
    controller?.abort();
    if (!query.trim()) {
      hits = [];
      edges = [];
      render();
      return;
    }
    controller = new AbortController();
    try {
      hits = rankHits(await searchEntities(query, 8, controller.signal), query);
      edges = relationships(query);
      if (query !== input.value) return;
      render(total() ? undefined : `Nothing matches “${query}”.`);
      if (pickWhenReady && total()) pickAt(0);
      pickWhenReady = false;
    } catch (error) {
      if (controller.signal.aborted) return;
      hits = [];
      edges = relationships(query);
      render(error instanceof ApiError ? `Search failed: ${error.message}` : 'Search failed.');
      if (error instanceof ApiError && error.transient) onFailure(error, () => run(query));
    }
  }, 140);

  input.addEventListener('input', () => {
    pickWhenReady = false;
    hits = [];
    edges = [];
    run(input.value);
  });
  input.addEventListener('focus', () => {
    if (total()) setOpen(true);
  });
  input.addEventListener('blur', () => setTimeout(() => setOpen(false), 120));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden && total()) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (total()) setActive((active + step + total()) % total());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (total() && !list.hidden) pickAt(Math.max(0, active));
      else {
        pickWhenReady = true;
        run(input.value);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (!list.hidden) setOpen(false);
      else {
        input.value = '';
        input.blur();
      }
    }
  });
  return { element, input, focus: () => input.focus() };
}
