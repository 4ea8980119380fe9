import { h } from '../app/dom.js';
import type { ReviewItem } from './get-review.js';

// The side panel: what is proposed, why (rule and confidence), its quotes, the resolution
// candidates, and the action buttons with their keys. Buttons call the screen's actions, so
// the mouse and the keyboard do the same thing.
export interface PanelActions {
  accept(): void;
  reject(): void;
  edit(): void;
  merge(candidateId?: string): void;
  undo(): void;
}

const KIND_NAMES: Record<string, string> = {
  entity: 'Entity',
  event: 'Event',
  claim: 'Claim',
  relationship: 'Relationship',
};

function actionButton(text: string, key: string, run: () => void, disabled = false): HTMLButtonElement {
  return h(
    'button',
    {
      class: `btn review-action review-${text.toLowerCase()}`,
      attrs: { type: 'button', 'aria-keyshortcuts': key, disabled },
      on: { click: run },
    },
    `${text} `,
    h('kbd', { text: key }),
  );
}

function dates(item: ReviewItem): string | null {
  if (item.label !== 'Event') return null;
  if (!item.earliest) return `Date unknown (${item.precision ?? 'unknown'})`;
  const range =
    item.latest && item.latest !== item.earliest ? `${item.earliest} – ${item.latest}` : item.earliest;
  return `${range} (${item.precision ?? 'day'})`;
}

export function renderPanel(
  item: ReviewItem | null,
  actions: PanelActions,
  extra: HTMLElement | null,
): HTMLElement {
  if (!item) {
    return h(
      'div',
      { class: 'review-panel-empty' },
      h('p', { text: 'This source proposes nothing to review.' }),
    );
  }
  const mergeable = item.itemKind !== 'relationship';
  const when = dates(item);
  const candidates =
    item.itemKind === 'entity'
      ? h(
          'section',
          { class: 'review-candidates', attrs: { 'aria-label': 'Resolution candidates' } },
          h('h3', { text: 'Could be' }),
          item.candidates.length === 0
            ? h('p', { class: 'muted', text: 'No existing entity is close: a new entity.' })
            : h(
                'ul',
                {},
                ...item.candidates.map((c) =>
                  h(
                    'li',
                    {},
                    h('span', { class: 'candidate-name', text: c.name }),
                    h('span', { class: 'candidate-score', text: ` ${Math.round(c.score * 100)}%` }),
                    h('button', {
                      class: 'btn btn-small',
                      text: 'Merge into',
                      attrs: { type: 'button', 'aria-label': `Merge into ${c.name}` },
                      on: { click: () => actions.merge(c.id) },
                    }),
                  ),
                ),
                h('li', { class: 'muted', text: 'or a new entity (accept)' }),
              ),
        )
      : null;
  return h(
    'div',
    { class: 'review-panel-item', dataset: { id: item.id } },
    h('p', {
      class: `review-kind kind-${item.itemKind}`,
      text: `${KIND_NAMES[item.itemKind]} · ${item.label}`,
    }),
    h('h2', { class: 'review-item-name', text: item.name }),
    h('p', { class: `review-status status-${item.status.toLowerCase()}`, text: item.status.toLowerCase() }),
    item.kind
      ? h('p', {
          class: 'review-item-kind',
          text: `${item.itemKind === 'relationship' ? 'Role' : 'Kind'}: ${item.kind}`,
        })
      : null,
    item.itemKind === 'relationship'
      ? h('p', { class: 'review-ends', text: `${item.from ?? '?'} → ${item.to ?? '?'}` })
      : null,
    when ? h('p', { class: 'review-dates', text: when }) : null,
    h(
      'p',
      { class: 'review-why' },
      'Why: ',
      h('strong', { text: item.rule ?? 'rule not known' }),
      item.confidence === null ? '' : `, confidence ${Math.round(item.confidence * 100)}%`,
    ),
    ...item.quotes.map((q) => h('blockquote', { class: 'review-quote', text: q.text })),
    candidates,
    h(
      'div',
      { class: 'review-actions', attrs: { role: 'group', 'aria-label': 'Review actions' } },
      actionButton('Accept', 'a', actions.accept, item.status === 'ACCEPTED'),
      actionButton('Reject', 'r', actions.reject, item.status === 'REJECTED'),
      actionButton('Edit', 'e', actions.edit),
      actionButton('Merge', 'm', () => actions.merge(), !mergeable),
      actionButton('Undo', 'u', actions.undo),
    ),
    extra,
  );
}
