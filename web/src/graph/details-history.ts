import { h } from '../app/dom.js';
import type { HistoryRevision, ItemReview } from '../review/get-item-history.js';

// The details panel's review section: the item's status, who created and last changed it, and
// its history newest first. Editors get a Revert button on the revision the write path can
// undo now (the item still as that revision left it); readers never get one.

const REVERTABLE = new Set([
  'UPDATE_ENTITY',
  'UPDATE_RELATIONSHIP',
  'SET_STATUS',
  'CREATE_ENTITY',
  'CREATE_RELATIONSHIP',
]);

/** The revision the API's `revert` accepts for an item at `version` (pure). */
export function canRevert(revision: HistoryRevision, version: number): boolean {
  return REVERTABLE.has(revision.action) && Number(revision.after?.version ?? 1) === version;
}

/** `2026-11-29T19:55:21.123Z` → `2026-11-29 19:55` (UTC, as stored). */
export function shortTime(iso: string | null): string {
  if (!iso) return 'unknown time';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

const shown = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? `“${value}”`
      : JSON.stringify(value);

/** One revision in words, e.g. `status proposed → accepted` (pure). */
export function describeRevision(revision: HistoryRevision): string {
  const { action, before, after } = revision;
  const lower = (value: unknown) => String(value ?? 'accepted').toLowerCase();
  let what: string;
  if (action.startsWith('CREATE_')) what = `created (${lower(after?.status)})`;
  else if (action === 'SET_STATUS') what = `status ${lower(before?.status)} → ${lower(after?.status)}`;
  else if (action === 'UPDATE_ENTITY' || action === 'UPDATE_RELATIONSHIP') {
    const fields = Object.keys(after ?? {}).filter(
      (key) => key !== 'version' && JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]),
    );
    what = `changed ${fields.map((key) => `${key} ${shown(before?.[key])} → ${shown(after?.[key])}`).join(', ')}`;
  } else if (action === 'MERGE_ENTITIES') {
    what = `merged in ${((after?.merged as string[] | undefined) ?? []).join(', ')}`;
  } else if (action === 'MERGED_INTO') what = `merged into ${String(after?.into ?? '?')}`;
  else if (action === 'MOVE_RELATIONSHIP') {
    what = after?.movedTo
      ? `moved to ${String(after.movedTo)}`
      : before?.movedFrom
        ? `moved from ${String(before.movedFrom)}`
        : 'removed by a merge';
  } else what = action.toLowerCase().replaceAll('_', ' ');
  return revision.revertsId ? `undo: ${what}` : what;
}

export interface HistoryView {
  review: ItemReview | null;
  revisions: readonly HistoryRevision[];
  totalCount: number;
  hasMore: boolean;
  /** Null for readers and signed-out users: no write control is rendered at all. */
  onRevert: ((revision: HistoryRevision) => void) | null;
  onMore: () => void;
  message: string;
}

export function historySection(view: HistoryView): HTMLElement {
  const { review } = view;
  const version = review?.version ?? 1;
  const status = review?.status ?? 'ACCEPTED';
  return h(
    'section',
    { class: 'history', attrs: { 'aria-label': 'Review status and history' } },
    h('h3', { text: 'Review' }),
    h(
      'p',
      { class: 'history-status' },
      h('span', { class: `status-badge status-${status.toLowerCase()}`, text: status.toLowerCase() }),
      ` version ${version}`,
    ),
    h(
      'dl',
      { class: 'history-provenance' },
      h('dt', { text: 'Created' }),
      h('dd', { text: `${review?.createdBy ?? 'unknown'} · ${shortTime(review?.createdAt ?? null)}` }),
      h('dt', { text: 'Last changed' }),
      h('dd', { text: `${review?.updatedBy ?? 'unknown'} · ${shortTime(review?.updatedAt ?? null)}` }),
    ),
    h('h4', { text: `History (${view.totalCount} ${view.totalCount === 1 ? 'change' : 'changes'})` }),
    h(
      'ol',
      { class: 'history-list' },
      ...view.revisions.map((revision) =>
        h(
          'li',
          { class: 'history-row', dataset: { revision: revision.id, action: revision.action } },
          h('span', { class: 'history-what', text: describeRevision(revision) }),
          h('small', {
            class: 'muted',
            text: ` — ${revision.author}, ${shortTime(revision.at)}${revision.reason ? `: ${revision.reason}` : ''}`,
          }),
          view.onRevert && canRevert(revision, version)
            ? h('button', {
                class: 'btn btn-small history-revert',
                text: 'Revert',
                attrs: { type: 'button', 'aria-label': `Revert: ${describeRevision(revision)}` },
                on: { click: () => view.onRevert?.(revision) },
              })
            : null,
        ),
      ),
    ),
    view.hasMore
      ? h('button', {
          class: 'btn btn-small history-more',
          text: 'Older changes',
          attrs: { type: 'button' },
          on: { click: view.onMore },
        })
      : null,
    h('p', { class: 'history-message', text: view.message, attrs: { role: 'status' } }),
  );
}
