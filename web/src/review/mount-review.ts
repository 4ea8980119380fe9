import type { AppContext } from '../app/context.js';
import { h } from '../app/dom.js';
import { loadAll } from '../app/loader.js';
import type { Store } from '../app/store.js';
import { type AuthState, canWrite } from '../auth/auth-store.js';
import { createAddSourceDialog } from './add-source-dialog.js';
import { createQueueDialog } from './review-queue-dialog.js';
import { createReviewScreen } from './review-screen.js';

// The write controls of the top bar ("Add a source", "Review queue"), present only while the
// viewer may write: signed-out users and reader tokens never see them. Closing a review
// reloads the graph and timeline and opens the reviewed source in the reader.
export function mountReview(ctx: AppContext, auth: Store<AuthState>): void {
  let lastSource: string | null = null;
  const screen = createReviewScreen(() => {
    void loadAll(ctx).then(() => {
      if (lastSource) ctx.view.update({ sourceId: lastSource, panel: 'reader' });
    });
  });
  const openReview = (sourceId: string, note?: string) => {
    lastSource = sourceId;
    void screen.open(sourceId, note);
  };
  const addDialog = createAddSourceDialog(openReview);
  const queue = createQueueDialog((id) => openReview(id));
  const controls = h('div', { class: 'write-controls' });
  ctx.shell.headerActions.prepend(controls);
  const dialogs = [screen.element, addDialog.element, queue.element];

  // Signed out or read-only: the dialogs leave the document too, so no write control is in it.
  const render = (state: AuthState) => {
    if (!canWrite(state)) {
      controls.replaceChildren();
      for (const dialog of dialogs) {
        if (dialog.open) dialog.close();
        dialog.remove();
      }
      return;
    }
    document.body.append(...dialogs);
    controls.replaceChildren(
      h('button', {
        class: 'btn btn-primary add-source',
        text: 'Add a source',
        attrs: { type: 'button' },
        on: { click: () => addDialog.open() },
      }),
      h('button', {
        class: 'btn review-queue-open',
        text: 'Review queue',
        attrs: { type: 'button' },
        on: { click: () => void queue.open() },
      }),
    );
  };
  render(auth.get());
  auth.subscribe(render);
}
