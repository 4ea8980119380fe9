import { ACTOR_KINDS, PLACE_KINDS } from '../model/actor-kinds.js';
import { CLAIM_STANCES } from '../model/claim-stances.js';
import { DATE_PRECISIONS } from '../model/date-precision.js';
import { EVENT_TYPE_NAMES } from '../model/event-types.js';
import { ISSUE_KINDS } from '../model/issue-kinds.js';
import type { EntityLabel } from '../model/labels.js';
import { badInput } from './write-errors.js';

// The entity fields an analyst may set, checked against the model's closed lists.
export interface EntityFields {
  name?: string | null;
  kind?: string | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  /** Events only: how precisely the time is known, and its inclusive ISO bounds. */
  precision?: string | null;
  earliest?: string | null;
  latest?: string | null;
}

const KINDS: Record<EntityLabel, readonly string[]> = {
  Actor: ACTOR_KINDS,
  Place: PLACE_KINDS,
  Issue: ISSUE_KINDS,
  Event: EVENT_TYPE_NAMES,
  Claim: CLAIM_STANCES,
};

/** Stored properties for these fields (only the ones given), or a BAD_USER_INPUT error. */
export function entityProps(label: EntityLabel, fields: EntityFields): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  if (fields.name != null) {
    if (!fields.name.trim()) throw badInput('The name is empty.', 'name');
    props.name = fields.name.trim();
  }
  if (fields.kind != null) {
    if (!KINDS[label].includes(fields.kind)) {
      throw badInput(
        `"${fields.kind}" is not a ${label} kind; use one of ${KINDS[label].join(', ')}.`,
        'kind',
      );
    }
    props.kind = fields.kind;
  }
  if (fields.aliases != null) {
    props.aliases = [...new Set(fields.aliases.map((a) => a.trim()).filter(Boolean))];
    props.aliasText = (props.aliases as string[]).join('|');
  }
  if (fields.description !== undefined) props.description = fields.description;
  const timed = fields.precision != null || fields.earliest != null || fields.latest != null;
  if (timed && label !== 'Event') throw badInput('Only events have a time.', 'precision');
  if (fields.precision != null) {
    if (!(DATE_PRECISIONS as readonly string[]).includes(fields.precision)) {
      throw badInput(
        `"${fields.precision}" is not a precision; use ${DATE_PRECISIONS.join(', ')}.`,
        'precision',
      );
    }
    props.precision = fields.precision;
  }
  if (fields.earliest !== undefined) props.earliest = fields.earliest;
  if (fields.latest !== undefined) props.latest = fields.latest;
  return props;
}

/** `actor:turkish-delegation` from label and name. */
export function entityIdFor(label: EntityLabel, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) throw badInput(`Cannot make an id from the name "${name}"; give an id.`, 'id');
  return `${label.toLowerCase()}:${slug}`;
}
