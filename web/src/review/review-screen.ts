import { ApiError } from '../api/client.js';
import { h } from '../app/dom.js';
import { applyRevisions, type ChangeRevision } from './apply-revisions.js';
import { createEditForm } from './edit-form.js';
import { getReview, type ReviewItem, type SourceReview } from './get-review.js';
import { acceptProposals, rejectProposals } from './judge-proposals.js';
import { mergeEntities } from './merge-entities.js';
import { createPromptForm } from './reason-form.js';
import { revertRevision } from './revert-revision.js';
import { renderPanel } from './review-panel.js';
import { acceptableAbove, progressOf, stepIndex } from './review-progress.js';
import { renderReviewText } from './review-text.js';
import { updateEntity } from './update-entity.js';
import { updateRelationship } from './update-relationship.js';

// The review screen: a full-window modal dialog with the source text (proposals marked), the
// panel of the current proposal, a progress bar, "accept all above X" and the keys. Every
// action is one API call; the screen patches what its revisions changed (apply-revisions.ts)
// and moves on, reading the whole source again only after a merge.
export const REVIEW_KEYS: [string, string][] = [
  ['j / k', 'next / previous proposal'],
  ['a', 'accept'],
  ['r', 'reject (with a reason)'],
  ['e', 'edit'],
  ['m', 'merge into an existing entity'],
  ['u', 'undo the last action'],
  ['Esc', 'close'],
];

export interface ReviewScreen {
  element: HTMLDialogElement;
  open(sourceId: string, note?: string): Promise<void>;
}

export function createReviewScreen(onClosed: () => void): ReviewScreen {
  const title = h('h2', { class: 'review-title', attrs: { id: 'review-title' } });
  const progress = h('progress', {
    class: 'review-progress',
    attrs: { 'aria-labelledby': 'review-progress-label' },
  });
  const progressLabel = h('span', { class: 'review-progress-label', attrs: { id: 'review-progress-label' } });
  const message = h('p', { class: 'review-message', attrs: { role: 'status', 'aria-live': 'polite' } });
  const threshold = h('input', {
    attrs: { id: 'review-threshold', type: 'number', min: '0', max: '1', step: '0.05', value: '0.7' },
  });
  const textSlot = h('div', { class: 'review-text-slot' });
  const panelSlot = h('div', { class: 'review-panel', attrs: { 'aria-live': 'polite' } });
  const close = h('button', { class: 'btn', text: 'Close', attrs: { type: 'button' } });
  const sentenceButton = h('button', {
    class: 'btn',
    text: 'Accept sentence ≥ X',
    attrs: { type: 'button', id: 'accept-sentence' },
  });
  const sourceButton = h('button', {
    class: 'btn',
    text: 'Accept source ≥ X',
    attrs: { type: 'button', id: 'accept-source' },
  });
  const keys = h(
    'section',
    { attrs: { 'aria-label': 'Keyboard shortcuts' } },
    h(
      'dl',
      { class: 'review-keys' },
      ...REVIEW_KEYS.flatMap(([key, what]) => [
        h('dt', {}, h('kbd', { text: key })),
        h('dd', { text: what }),
      ]),
    ),
  );
  const element = h(
    'dialog',
    { class: 'review-screen', attrs: { 'aria-labelledby': 'review-title' } },
    h(
      'header',
      { class: 'review-header' },
      title,
      h('div', { class: 'review-progress-box' }, progress, progressLabel),
      h(
        'div',
        { class: 'review-bulk', attrs: { role: 'group', 'aria-label': 'Accept all above a confidence' } },
        h('label', { text: 'X =', attrs: { for: 'review-threshold' } }),
        threshold,
        sentenceButton,
        sourceButton,
      ),
      close,
    ),
    message,
    h('div', { class: 'review-body' }, textSlot, panelSlot),
    h('footer', { class: 'review-footer' }, keys),
  );

  let review: SourceReview | null = null;
  let index = -1;
  let form: HTMLElement | null = null;
  let busy = false;
  const undoStack: string[][] = [];

  const current = (): ReviewItem | null => review?.items[index] ?? null;

  const say = (text: string, error = false) => {
    message.textContent = text;
    message.classList.toggle('is-error', error);
  };

  const render = () => {
    if (!review) return;
    const { reviewed, total } = progressOf(review.items);
    progress.max = Math.max(total, 1);
    progress.value = reviewed;
    progressLabel.textContent = `${reviewed} of ${total} reviewed, ${total - reviewed} left`;
    const item = current();
    textSlot.replaceChildren(renderReviewText(review.text, review.items, item?.id ?? null, pick));
    panelSlot.replaceChildren(renderPanel(item, actions, form));
    textSlot.querySelector('mark.is-current')?.scrollIntoView({ block: 'nearest' });
    const formField = form?.querySelector<HTMLElement>('input, select');
    // Re-rendering removes the focused text: put focus back in the screen, so keys keep working.
    const focused = document.activeElement;
    if (formField) formField.focus();
    else if (!focused || focused === document.body || !element.contains(focused))
      textSlot.querySelector<HTMLElement>('.review-text')?.focus({ preventScroll: true });
  };

  const move = (step: 1 | -1) => {
    if (!review) return;
    index = stepIndex(review.items, index, step);
    form = null;
    render();
  };

  const pick = (id: string) => {
    index = review?.items.findIndex((i) => i.id === id) ?? -1;
    form = null;
    render();
  };

  const reload = async (sourceId: string, keepId: string | null) => {
    review = await getReview(sourceId);
    const at = keepId ? review.items.findIndex((i) => i.id === keepId) : -1;
    index = at >= 0 ? at : stepIndex(review.items, -1, 1);
    render();
  };

  /** Runs one write, records its revisions for undo, patches the items (or reads them again
   * when it cannot), and moves on when asked. */
  const run = async (
    what: string,
    write: () => Promise<ChangeRevision[]>,
    advance: boolean,
    record = true,
  ) => {
    if (!review || busy) return;
    busy = true;
    const sourceId = review.source.id;
    const keptAt = index;
    try {
      const revisions = await write();
      // A re-keyed relationship's old id is not revertable; its UPDATE_RELATIONSHIP moves it back.
      const undoable = revisions.filter((r) => r.action !== 'MOVE_RELATIONSHIP').map((r) => r.id);
      if (record && undoable.length > 0) undoStack.push(undoable);
      form = null;
      const patched = applyRevisions(review.items, revisions);
      if (patched) {
        review = { ...review, items: patched };
        index = keptAt;
      } else {
        await reload(sourceId, review.items[keptAt]?.id ?? null);
      }
      if (advance && review) index = stepIndex(review.items, index, 1);
      render();
      say(`${what}.`);
    } catch (error) {
      say(
        `${what} failed: ${error instanceof ApiError || error instanceof Error ? error.message : String(error)}`,
        true,
      );
    } finally {
      busy = false;
    }
  };

  const withForm = (next: HTMLElement | null) => {
    form = next;
    render();
  };

  const actions = {
    accept: () => {
      const item = current();
      if (item)
        void run(`Accepted ${item.name}`, () => acceptProposals([item.id], review?.source.id ?? ''), true);
    },
    reject: () => {
      const item = current();
      if (!item) return;
      const reason = h('input', { attrs: { type: 'text', autocomplete: 'off' } });
      withForm(
        createPromptForm(
          'Reason for rejecting',
          reason,
          'Reject',
          (why) =>
            void run(
              `Rejected ${item.name}`,
              () => rejectProposals([item.id], why, review?.source.id ?? ''),
              true,
            ),
          () => withForm(null),
        ),
      );
    },
    edit: () => {
      const item = current();
      if (!item || !review) return;
      const sourceId = review.source.id;
      withForm(
        createEditForm(
          item,
          review.items,
          (edit) => {
            if (!edit.entity && !edit.relationship) return say('Nothing changed.');
            void run(
              `Saved ${item.name}`,
              async () => [
                ...(edit.entity ? await updateEntity(edit.entity, sourceId) : []),
                ...(edit.relationship ? await updateRelationship(edit.relationship, sourceId) : []),
              ],
              false,
            );
          },
          () => withForm(null),
        ),
      );
    },
    merge: (candidateId?: string) => {
      const item = current();
      if (!item || item.itemKind === 'relationship') return;
      const mergeInto = (keepId: string) =>
        void run(
          `Merged ${item.name} into ${keepId}`,
          () => mergeEntities(keepId, item.id, review?.source.id ?? ''),
          true,
        );
      if (candidateId) return mergeInto(candidateId);
      const target = h('input', {
        attrs: {
          type: 'text',
          autocomplete: 'off',
          list: 'review-candidates',
          value: item.candidates[0]?.id ?? '',
        },
      });
      const options = h(
        'datalist',
        { attrs: { id: 'review-candidates' } },
        ...item.candidates.map((c) => h('option', { attrs: { value: c.id }, text: c.name })),
      );
      const prompt = createPromptForm('Merge into (entity id)', target, 'Merge', mergeInto, () =>
        withForm(null),
      );
      prompt.append(options);
      withForm(prompt);
    },
    undo: () => {
      const last = undoStack.pop();
      if (!last) return say('Nothing to undo.');
      void run(
        'Undone',
        async () => {
          const undone: ChangeRevision[] = [];
          for (const id of [...last].reverse()) undone.push(...(await revertRevision(id)));
          return undone;
        },
        false,
        false,
      );
    },
  };

  const acceptAbove = (scope: 'sentence' | 'source') => {
    if (!review) return;
    const x = Number(threshold.value);
    const sentence = scope === 'sentence' ? (current()?.quotes[0]?.sentence ?? null) : null;
    if (scope === 'sentence' && sentence === null) return say('Pick a proposal in the sentence first.');
    const ids = acceptableAbove(review.items, x, sentence);
    if (ids.length === 0) return say(`Nothing left in this ${scope} at confidence ${x} or above.`);
    void run(
      `Accepted ${ids.length} in this ${scope}`,
      () => acceptProposals(ids, review?.source.id ?? ''),
      false,
    );
  };
  sentenceButton.addEventListener('click', () => acceptAbove('sentence'));
  sourceButton.addEventListener('click', () => acceptAbove('source'));
  close.addEventListener('click', () => element.close());
  element.addEventListener('close', onClosed);

  element.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const handlers: Record<string, () => void> = {
      j: () => move(1),
      k: () => move(-1),
      a: actions.accept,
      r: actions.reject,
      e: actions.edit,
      m: () => actions.merge(),
      u: actions.undo,
    };
    const handler = handlers[event.key];
    // Stop here, so the app's own keys (r = reader, e = expand…) do not fire under the dialog.
    event.stopPropagation();
    if (!handler) return;
    event.preventDefault();
    handler();
  });

  return {
    element,
    open: async (sourceId, note = '') => {
      undoStack.length = 0;
      form = null;
      say('Loading the proposals…');
      if (!element.open) element.showModal();
      try {
        await reload(sourceId, null);
        title.textContent = `Review: ${review?.source.title ?? sourceId}`;
        say(note);
        textSlot.querySelector<HTMLElement>('.review-text')?.focus();
      } catch (error) {
        say(`Could not load the proposals: ${error instanceof Error ? error.message : String(error)}`, true);
      }
    },
  };
}
