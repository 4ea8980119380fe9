import type { EntityNode } from '../../graph/queries/entity-row.js';
import type { EventDetails, Participant } from '../../graph/queries/export-event-details.js';
import { PROVENANCE_FIELDS } from '../../graph/queries/provenance-row.js';
import { type CsvColumn, writeCsv } from './csv.js';
import { joinDisagreements, joinList, joinQuoteIds, joinQuotes, optionalText } from './flat-values.js';

// One row per event, in timeline order: the honest date bounds with their precision, who took
// part and how, where, which issues, the event-type crosswalk codes, and the quotes behind it.

export interface EventExportRow {
  event: EntityNode;
  /** The date the timeline sorts it by (its own, or inherited through PRECEDES). */
  sortDate: string | null;
  details: EventDetails;
}

const EVENT_COLUMNS: CsvColumn<EventExportRow>[] = [
  { name: 'id', value: (r) => r.event.id },
  { name: 'name', value: (r) => r.event.name },
  { name: 'type', value: (r) => r.event.kind },
  { name: 'earliest', value: (r) => optionalText(r.event, 'earliest') },
  { name: 'latest', value: (r) => optionalText(r.event, 'latest') },
  { name: 'precision', value: (r) => optionalText(r.event, 'precision') },
  { name: 'relativePhrase', value: (r) => optionalText(r.event, 'relativePhrase') },
  { name: 'sortDate', value: (r) => r.sortDate },
  { name: 'origin', value: (r) => optionalText(r.event, 'origin') },
  { name: 'participants', value: (r) => joinList(r.details.participants.map(participantText)) },
  { name: 'participantIds', value: (r) => joinList(r.details.participants.map((p) => p.id)) },
  { name: 'place', value: (r) => joinList(r.details.places.map((p) => p.name)) },
  { name: 'placeIds', value: (r) => joinList(r.details.places.map((p) => p.id)) },
  { name: 'issues', value: (r) => joinList(r.details.issues.map((i) => i.name)) },
  { name: 'issueIds', value: (r) => joinList(r.details.issues.map((i) => i.id)) },
  { name: 'description', value: (r) => r.event.description },
  { name: 'cameoCode', value: (r) => optionalText(r.event, 'cameoCode') },
  { name: 'ploverType', value: (r) => optionalText(r.event, 'ploverType') },
  { name: 'acledEventType', value: (r) => optionalText(r.event, 'acledEventType') },
  { name: 'acledSubEventType', value: (r) => optionalText(r.event, 'acledSubEventType') },
  { name: 'evidenceCount', value: (r) => r.details.evidence.length },
  { name: 'evidence', value: (r) => joinQuotes(r.details.evidence) },
  { name: 'evidenceIds', value: (r) => joinQuoteIds(r.details.evidence) },
  // Review status and provenance: status, version, createdBy … lastRevisionId.
  ...PROVENANCE_FIELDS.map((field) => ({
    name: field,
    value: (r: EventExportRow) => r.details.provenance[field],
  })),
  { name: 'disagreements', value: (r) => joinDisagreements(r.event) },
];

export const EVENT_CSV_COLUMNS = EVENT_COLUMNS.map((column) => column.name);

/** `Turkey (HOSTED)`, `Turkey (MEDIATED: intermediary)`. */
export function participantText(participant: Participant): string {
  return `${participant.name} (${participant.type}${participant.role ? `: ${participant.role}` : ''})`;
}

export function eventsToCsv(rows: readonly EventExportRow[]): string {
  return writeCsv(EVENT_COLUMNS, rows);
}
