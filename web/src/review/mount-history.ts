import { ApiError } from '../api/client.js';
import type { AppContext } from '../app/context.js';
import { loadAll } from '../app/loader.js';
import { primarySelection } from '../app/state.js';
import type { Store } from '../app/store.js';
import { type AuthState, canWrite } from '../auth/auth-store.js';
import { historySection } from '../graph/details-history.js';
import { getItemHistory, type HistoryRevision, type ItemReview } from './get-item-history.js';
import { revertRevision } from './revert-revision.js';

// Fills the details panel's history slot for the selected item: status, provenance and the
// history page by page. Revert exists only while the viewer may write; after one, the history
// is read again and the graph, timeline and details reload, so the result shows at once.
export function mountHistory(ctx: AppContext, auth: Store<AuthState>): void {
  const slot = ctx.details.historySlot;
  let itemId: string | null = null;
  let review: ItemReview | null = null;
  let revisions: HistoryRevision[] = [];
  let totalCount = 0;
  let next: string | null = null;
  let message = '';
  let ticket = 0;

  const render = () => {
    if (!itemId) return slot.replaceChildren();
    slot.replaceChildren(
      historySection({
        review,
        revisions,
        totalCount,
        hasMore: next !== null,
        onRevert: canWrite(auth.get()) ? (revision) => void revert(revision) : null,
        onMore: () => void load(false),
        message,
      }),
    );
  };

  const explain = (error: unknown) =>
    error instanceof ApiError || error instanceof Error ? error.message : String(error);

  /** The first page again (`fresh`) or the next one. */
  const load = async (fresh: boolean) => {
    const id = itemId;
    if (!id) return;
    const mine = ++ticket;
    try {
      const page = await getItemHistory(id, fresh ? null : next);
      if (mine !== ticket) return;
      review = page.review;
      revisions = fresh ? page.revisions : [...revisions, ...page.revisions];
      totalCount = page.totalCount;
      next = page.next;
    } catch (error) {
      if (mine !== ticket) return;
      message = `The history could not be read: ${explain(error)}`;
    }
    render();
  };

  const revert = async (revision: HistoryRevision) => {
    message = 'Reverting…';
    render();
    try {
      await revertRevision(revision.id);
      message = 'Reverted.';
      await load(true);
      await loadAll(ctx);
    } catch (error) {
      message = `Revert failed: ${explain(error)}`;
      render();
    }
  };

  const follow = () => {
    const id = primarySelection(ctx.view.get());
    if (id === itemId) return;
    itemId = id;
    review = null;
    revisions = [];
    totalCount = 0;
    next = null;
    message = '';
    ticket++;
    slot.replaceChildren();
    void load(true);
  };

  ctx.view.subscribe((state, previous) => {
    if (state.selection !== previous.selection) follow();
  });
  // Signing in or out changes what may be read (proposed items' history) and who may revert.
  auth.subscribe((state, previous) => {
    if (state.viewer !== previous.viewer && itemId) {
      message = '';
      void load(true);
    }
  });
  follow();
}
