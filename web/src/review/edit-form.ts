import { h } from '../app/dom.js';
import { entityIdInput } from './entity-choices.js';
import type { ReviewItem } from './get-review.js';
import { KIND_OPTIONS, PRECISION_OPTIONS } from './kind-options.js';
import type { EntityEdit } from './update-entity.js';
import type { RelationshipEdit } from './update-relationship.js';

// The edit form of one proposal: an entity, event or claim's name and kind (events: dates and
// precision; claims: the holder, through their HOLDS relationship), or a relationship's endpoints
// and role. Only changed fields are sent; Enter saves, Escape cancels.
export interface ReviewEdit {
  entity: EntityEdit | null;
  relationship: RelationshipEdit | null;
}

function field(label: string, control: HTMLElement, id: string, extra?: HTMLElement): HTMLElement {
  control.id = id;
  return h('div', { class: 'form-row' }, h('label', { text: label, attrs: { for: id } }), control, extra);
}

function select(options: readonly string[], value: string | null): HTMLSelectElement {
  const element = h('select');
  for (const option of options) element.append(h('option', { text: option, attrs: { value: option } }));
  if (value && options.includes(value)) element.value = value;
  return element;
}

/** A relationship edit with only what changed, or null when nothing did. */
function relationshipEdit(
  item: ReviewItem,
  from: string,
  to: string,
  role: string | null | undefined,
): RelationshipEdit | null {
  const edit: RelationshipEdit = { id: item.id, expectedVersion: item.version };
  if (from && from !== item.from) edit.from = from;
  if (to && to !== item.to) edit.to = to;
  if (role !== undefined && role !== (item.kind ?? '')) edit.role = role || null;
  return Object.keys(edit).length > 2 ? edit : null;
}

export function createEditForm(
  item: ReviewItem,
  items: readonly ReviewItem[],
  onSave: (edit: ReviewEdit) => void,
  onCancel: () => void,
): HTMLFormElement {
  const rows: HTMLElement[] = [];
  let collect: () => ReviewEdit;
  if (item.itemKind === 'relationship') {
    const [from, fromList] = entityIdInput(item.from ?? '', items) as [HTMLInputElement, HTMLElement];
    const [to, toList] = entityIdInput(item.to ?? '', items) as [HTMLInputElement, HTMLElement];
    const role = h('input', { attrs: { type: 'text', value: item.kind ?? '', autocomplete: 'off' } });
    rows.push(
      field('From (entity id)', from, 'edit-from', fromList),
      field('To (entity id)', to, 'edit-to', toList),
      field('Role', role, 'edit-role'),
    );
    collect = () => ({
      entity: null,
      relationship: relationshipEdit(item, from.value.trim(), to.value.trim(), role.value.trim()),
    });
  } else {
    const name = h('input', { attrs: { type: 'text', value: item.name, required: true } });
    const kind = select(KIND_OPTIONS[item.label] ?? [], item.kind);
    rows.push(field('Name', name, 'edit-name'), field('Kind', kind, 'edit-kind'));
    // Text, not a date picker: typed the same way on every locale, from the keyboard alone.
    const dateInput = (value: string | null) =>
      h('input', {
        attrs: {
          type: 'text',
          value: value ?? '',
          placeholder: 'YYYY-MM-DD',
          pattern: '\\d{4}-\\d{2}-\\d{2}',
        },
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
    // A claim's holder is its HOLDS relationship's start: editing it moves that relationship.
    const holds = items.find((i) => i.label === 'HOLDS' && i.to === item.id && i.status !== 'REJECTED');
    const [holder, holderList] = holds
      ? (entityIdInput(holds.from ?? '', items) as [HTMLInputElement, HTMLElement])
      : [];
    if (holder && holderList) rows.push(field('Holder (entity id)', holder, 'edit-holder', holderList));
    collect = () => {
      const edit: EntityEdit = { id: item.id, expectedVersion: item.version };
      if (name.value.trim() !== item.name) edit.name = name.value.trim();
      if (kind.value && kind.value !== item.kind) edit.kind = kind.value;
      if (item.label === 'Event') {
        if (earliest.value && earliest.value !== item.earliest) edit.earliest = earliest.value;
        if (latest.value && latest.value !== item.latest) edit.latest = latest.value;
        if (precision.value !== item.precision) edit.precision = precision.value;
      }
      return {
        entity: Object.keys(edit).length > 2 ? edit : null,
        relationship: holds && holder ? relationshipEdit(holds, holder.value.trim(), '', undefined) : null,
      };
    };
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
    onSave(collect());
  });
  return form;
}
