import { h } from '../app/dom.js';
import { listReviewQueue } from './list-review-queue.js';

// The review queue across sources: what is left, oldest first; picking one opens its review.
export interface QueueDialog {
  element: HTMLDialogElement;
  open(): Promise<void>;
}

export function createQueueDialog(onPick: (sourceId: string) => void): QueueDialog {
  const list = h('ol', { class: 'review-queue' });
  const close = h('button', { class: 'btn', text: 'Close', attrs: { type: 'button' } });
  const element = h(
    'dialog',
    { class: 'dialog queue-dialog', attrs: { 'aria-labelledby': 'queue-title' } },
    h('h2', { text: 'Left to review', attrs: { id: 'queue-title' } }),
    list,
    h('div', { class: 'dialog-actions' }, close),
  );
  close.addEventListener('click', () => element.close());
  return {
    element,
    open: async () => {
      list.replaceChildren(h('li', { class: 'muted', text: 'Loading…' }));
      element.showModal();
      try {
        const entries = await listReviewQueue();
        list.replaceChildren(
          ...(entries.length === 0
            ? [h('li', { class: 'muted', text: 'Nothing left to review.' })]
            : entries.map((entry) =>
                h(
                  'li',
                  {},
                  h('button', {
                    class: 'btn-link',
                    text: entry.source.title,
                    attrs: { type: 'button' },
                    on: {
                      click: () => {
                        element.close();
                        onPick(entry.source.id);
                      },
                    },
                  }),
                  h('span', { class: 'muted', text: ` ${entry.proposed} left, ${entry.reviewed} reviewed` }),
                ),
              )),
        );
      } catch (error) {
        list.replaceChildren(
          h('li', { class: 'is-error', text: `Could not load the queue: ${String(error)}` }),
        );
      }
    },
  };
}
