import { ApiError } from '../api/client.js';
import { h } from '../app/dom.js';
import { getViewer, type Viewer } from './get-viewer.js';
import { forgetToken, storeToken } from './session.js';

// A small modal for a bearer token. The token is checked with the API (`viewer`) before it is
// kept; a wrong one is forgotten at once and the dialog says what to do.
export interface SignInDialog {
  element: HTMLDialogElement;
  open(): void;
}

export function createSignInDialog(onSignedIn: (viewer: Viewer) => void): SignInDialog {
  const input = h('input', {
    class: 'auth-token',
    attrs: { id: 'auth-token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true },
  });
  const error = h('p', { class: 'dialog-error', attrs: { role: 'alert', id: 'auth-error' } });
  const submit = h('button', { class: 'btn btn-primary', text: 'Sign in', attrs: { type: 'submit' } });
  const cancel = h('button', { class: 'btn', text: 'Cancel', attrs: { type: 'button' } });
  const form = h(
    'form',
    { attrs: { method: 'dialog' } },
    h('h2', { text: 'Sign in', attrs: { id: 'auth-title' } }),
    h(
      'p',
      { class: 'dialog-hint' },
      'Paste your API token (ask an admin: ',
      h('code', { text: 'npm run token -- create' }),
      '). It is kept for this browser tab only.',
    ),
    h('label', { text: 'Token', attrs: { for: 'auth-token' } }),
    input,
    error,
    h('div', { class: 'dialog-actions' }, cancel, submit),
  );
  const element = h(
    'dialog',
    { class: 'dialog auth-dialog', attrs: { 'aria-labelledby': 'auth-title' } },
    form,
  );
  cancel.addEventListener('click', () => element.close());

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) {
      error.textContent = 'Paste a token first.';
      return;
    }
    submit.disabled = true;
    error.textContent = '';
    storeToken(token);
    try {
      const viewer = await getViewer();
      if (!viewer) throw new Error('The API did not recognise the token.');
      input.value = '';
      element.close();
      onSignedIn(viewer);
    } catch (failure) {
      forgetToken();
      error.textContent =
        failure instanceof ApiError && failure.code === 'UNAUTHENTICATED'
          ? 'This token is unknown or revoked. Check it, or ask an admin for a new one.'
          : `Could not sign in: ${failure instanceof Error ? failure.message : String(failure)}`;
    } finally {
      submit.disabled = false;
    }
  });

  return {
    element,
    open: () => {
      error.textContent = '';
      element.showModal();
      input.focus();
    },
  };
}
