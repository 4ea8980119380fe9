import { clear, h } from './dom.js';

// A button that opens a list of checkboxes (issue and actor filters). Native checkboxes give
// keyboard and screen-reader support for free; Escape closes and returns focus.

export interface ChecklistOption {
  id: string;
  label: string;
  hint?: string;
}

export interface Checklist {
  element: HTMLElement;
  setOptions(options: readonly ChecklistOption[]): void;
  setChecked(ids: readonly string[]): void;
}

export function createChecklist(name: string, heading: string, onChange: (ids: string[]) => void): Checklist {
  let checked: string[] = [];
  const count = h('span', { class: 'badge', attrs: { hidden: true } });
  const button = h(
    'button',
    {
      class: 'btn dropdown-toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-haspopup': 'true' },
    },
    h('span', { text: name }),
    count,
    h('span', { class: 'caret', text: '▾', attrs: { 'aria-hidden': 'true' } }),
  );
  const list = h('div', { class: 'checklist-options' });
  const clearButton = h('button', {
    class: 'btn btn-link',
    text: 'Clear',
    attrs: { type: 'button' },
    on: { click: () => onChange([]) },
  });
  const popover = h(
    'div',
    {
      class: 'popover',
      attrs: { hidden: true, role: 'group', 'aria-label': heading },
    },
    h('div', { class: 'popover-head' }, h('strong', { text: heading }), clearButton),
    list,
  );
  const element = h('div', { class: 'checklist' }, button, popover);

  const close = (focusButton: boolean) => {
    popover.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (focusButton) button.focus();
  };
  button.addEventListener('click', () => {
    const open = popover.hidden;
    popover.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) (list.querySelector('input') as HTMLInputElement | null)?.focus();
  });
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) {
      event.stopPropagation();
      close(true);
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!popover.hidden && !element.contains(event.target as Node)) close(false);
  });

  return {
    element,
    setOptions(options) {
      clear(list);
      for (const option of options) {
        const input = h('input', { attrs: { type: 'checkbox', value: option.id } });
        input.checked = checked.includes(option.id);
        input.addEventListener('change', () => {
          const next = input.checked ? [...checked, option.id] : checked.filter((id) => id !== option.id);
          onChange(next);
        });
        list.append(
          h(
            'label',
            { class: 'checklist-option' },
            input,
            h('span', { text: option.label }),
            option.hint ? h('small', { text: option.hint }) : null,
          ),
        );
      }
      if (options.length === 0) list.append(h('p', { class: 'muted', text: 'Nothing to filter by yet.' }));
    },
    setChecked(ids) {
      checked = [...ids];
      for (const input of list.querySelectorAll('input')) input.checked = checked.includes(input.value);
      count.textContent = String(checked.length);
      count.hidden = checked.length === 0;
      button.classList.toggle('active', checked.length > 0);
    },
  };
}
