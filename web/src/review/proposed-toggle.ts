import type { AppContext } from '../app/context.js';
import { h } from '../app/dom.js';
import { loadAll } from '../app/loader.js';
import type { Store } from '../app/store.js';
import type { AuthState } from '../auth/auth-store.js';
import { shownStatuses } from '../auth/shown-statuses.js';

// The graph toolbar's "Proposed" toggle: draws proposed (not yet reviewed) items too, dashed in
// the graph and the timeline, with a key entry for the dashes. It exists only while signed in
// (any role may read proposals; signed out, the API answers accepted items only). Its state is
// `proposed=1` in the URL, like every other view setting; graph and timeline reload when what
// they may show changes (toggle, sign in, sign out).
export function mountProposedToggle(ctx: AppContext, auth: Store<AuthState>): void {
  const button = h('button', {
    class: 'btn proposed-toggle',
    text: 'Proposed',
    title: 'Show proposed (not yet reviewed) items too, dashed',
    attrs: { type: 'button', 'aria-pressed': 'false' },
    on: { click: () => ctx.view.update({ proposed: !ctx.view.get().proposed }) },
  });
  const slot = h('div', { class: 'toolbar-group proposed-toggle-group' });
  ctx.shell.graphToolbar.append(slot);
  const graphKey = h(
    'span',
    { class: 'legend-variant legend-proposed' },
    h('span', { class: 'proposed-swatch', attrs: { 'aria-hidden': 'true' } }),
    h('span', { text: 'Proposed, not yet reviewed (dashed)' }),
  );
  const timelineKey = h('span', { class: 'key-item key-proposed', text: 'proposed' });

  let loaded = JSON.stringify(shownStatuses(ctx.view.get()));
  const render = () => {
    const signedIn = auth.get().viewer !== null;
    const on = shownStatuses(ctx.view.get()) !== null;
    slot.replaceChildren(...(signedIn ? [button] : []));
    button.setAttribute('aria-pressed', String(ctx.view.get().proposed));
    if (on) {
      ctx.shell.graphKey.append(graphKey);
      ctx.shell.timelineToolbar.querySelector('.timeline-key')?.append(timelineKey);
    } else {
      graphKey.remove();
      timelineKey.remove();
    }
    const wanted = JSON.stringify(shownStatuses(ctx.view.get()));
    if (wanted !== loaded) {
      loaded = wanted;
      void loadAll(ctx);
    }
  };
  ctx.view.subscribe((state, previous) => {
    if (state.proposed !== previous.proposed) render();
  });
  auth.subscribe((state, previous) => {
    if (state.viewer !== previous.viewer) render();
  });
  render();
}
