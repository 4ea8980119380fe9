import type { Disagreement } from '../api/get-entity.js';
import { h } from '../app/dom.js';

// Where sources disagree about an item, the details panel shows every value with the source
// that gives it (docs/model.md § "Merge rule"), and the discrepancies the cited references
// record, in their own words. Analysts need exactly these.

const FIELD_NAMES: Record<string, string> = {
  description: 'Description',
  wikidataId: 'Wikidata id',
  time: 'Date',
  discrepancy: 'The references disagree',
};

export function disagreementsSection(disagreements: readonly Disagreement[]): HTMLElement {
  return h(
    'section',
    { class: 'disagreements' },
    h('h3', { text: `Sources disagree (${disagreements.length})` }),
    h(
      'ul',
      { class: 'plain-list' },
      ...disagreements.map((d) =>
        h(
          'li',
          { class: 'disagreement' },
          h('strong', { text: `${FIELD_NAMES[d.field] ?? d.field}: ` }),
          d.note ? h('span', { text: d.note }) : null,
          d.values.length
            ? h(
                'ul',
                { class: 'plain-list' },
                ...d.values.map((v) =>
                  h(
                    'li',
                    {},
                    h('q', { text: v.value }),
                    h('small', { class: 'muted', text: ` — ${v.source?.title ?? 'source not recorded'}` }),
                  ),
                ),
              )
            : null,
        ),
      ),
    ),
  );
}
