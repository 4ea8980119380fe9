import { h } from '../app/dom.js';

// A one-line form asking for something before an action runs (a reject's reason, a merge's
// target). Enter confirms, Escape cancels.
export function createPromptForm(
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  confirmText: string,
  onConfirm: (value: string) => void,
  onCancel: () => void,
): HTMLFormElement {
  control.id = 'review-prompt';
  const error = h('p', { class: 'dialog-error', attrs: { role: 'alert' } });
  const form = h(
    'form',
    { class: 'review-form prompt-form' },
    h('label', { text: label, attrs: { for: 'review-prompt' } }),
    control,
    error,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { class: 'btn btn-primary', text: confirmText, attrs: { type: 'submit' } }),
      h('button', { class: 'btn', text: 'Cancel', attrs: { type: 'button' }, on: { click: onCancel } }),
    ),
  );
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = control.value.trim();
    if (!value) {
      error.textContent = `${label}: this cannot be empty.`;
      return;
    }
    onConfirm(value);
  });
  return form;
}
