import { h } from '../app/dom.js';
import type { ReviewItem } from './get-review.js';
import { KIND_OPTIONS, PRECISION_OPTIONS } from './kind-options.js';
import type { EntityEdit } from './update-entity.js';

// The edit form of one entity, event or claim: name, kind, and for events the dates and their
// precision. Only changed fields are sent; Enter saves, Escape cancels.
function field(label: string, control: HTMLElement, id: string): HTMLElement {
  control.id = id;
  return h('div', { class: 'form-row' }, h('label', { text: label, attrs: { for: id } }), control);
}

function select(options: readonly string[], value: string | null): HTMLSelectElement {
  const element = h('select');
  for (const option of options) element.append(h('option', { text: option, attrs: { value: option } }));
  if (value && options.includes(value)) element.value = value;
  return element;
}

export function createEditForm(
  item: ReviewItem,
  onSave: (edit: EntityEdit) => void,
  onCancel: () => void,
): HTMLFormElement {
  const name = h('input', { attrs: { type: 'text', value: item.name, required: true } });
  const kind = select(KIND_OPTIONS[item.label] ?? [], item.kind);
  const rows = [field('Name', name, 'edit-name'), field('Kind', kind, 'edit-kind')];
  // Text, not a date picker: typed the same way on every locale, from the keyboard alone.
  const dateInput = (value: string | null) =>
    h('input', {
      attrs: { type: 'text', value: value ?? '', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}' },
    });
  const earliest = dateInput(item.earliest);
  const latest = dateInput(item.latest);
  const precision = select(PRECISION_OPTIONS, item.precision);
  if (item.label === 'Event') {
    rows.push(
      field('Earliest date', earliest, 'edit-earliest'),
      field('Latest date', latest, 'edit-latest'),
      field('Precision', precision, 'edit-precision'),
    );
  }
  const form = h(
    'form',
    { class: 'review-form edit-form', attrs: { 'aria-label': `Edit ${item.name}` } },
    ...rows,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { class: 'btn btn-primary', text: 'Save', attrs: { type: 'submit' } }),
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
    const edit: EntityEdit = { id: item.id, expectedVersion: item.version };
    if (name.value.trim() !== item.name) edit.name = name.value.trim();
    if (kind.value && kind.value !== item.kind) edit.kind = kind.value;
    if (item.label === 'Event') {
      if (earliest.value && earliest.value !== item.earliest) edit.earliest = earliest.value;
      if (latest.value && latest.value !== item.latest) edit.latest = latest.value;
      if (precision.value !== item.precision) edit.precision = precision.value;
    }
    onSave(edit);
  });
  return form;
}
