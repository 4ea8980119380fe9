import { h } from '../app/dom.js';
import type { Store } from '../app/store.js';
import type { AuthState } from './auth-store.js';
import { getViewer } from './get-viewer.js';
import { currentToken, forgetToken } from './session.js';
import { createSignInDialog } from './sign-in-dialog.js';

// The top bar's account corner: "Sign in" when signed out; the viewer's name and role and
// "Sign out" when signed in. A token kept from earlier in this tab is checked again on load.
export function mountAuthControls(slot: HTMLElement, auth: Store<AuthState>): void {
  const dialog = createSignInDialog((viewer) => auth.update({ viewer }));
  const box = h('div', { class: 'auth-controls' });
  slot.append(box, dialog.element);

  const render = ({ viewer }: AuthState) => {
    if (!viewer) {
      box.replaceChildren(
        h('button', {
          class: 'btn auth-sign-in',
          text: 'Sign in',
          attrs: { type: 'button' },
          on: { click: () => dialog.open() },
        }),
      );
      return;
    }
    box.replaceChildren(
      h('span', { class: 'auth-viewer', text: `${viewer.name} · ${viewer.role}` }),
      h('button', {
        class: 'btn auth-sign-out',
        text: 'Sign out',
        attrs: { type: 'button' },
        on: {
          click: () => {
            forgetToken();
            auth.update({ viewer: null });
          },
        },
      }),
    );
  };
  render(auth.get());
  auth.subscribe(render);

  if (currentToken()) {
    getViewer()
      .then((viewer) => auth.update({ viewer }))
      .catch(() => {
        // A token revoked since: back to the read-only app rather than failing every read.
        forgetToken();
        auth.update({ viewer: null });
      });
  }
}
