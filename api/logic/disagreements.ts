import type { EntityNode } from '../../graph/queries/entity-row.js';

// Where sources disagree about one item, both values are kept, each with who says it
// (docs/model.md § "Merge rule"): values two seed sources give differently, and the discrepancies
// the cited references of a background event record. One reading for the API and the exports.

export interface DisagreementValue {
  value: string;
  sourceId: string | null;
}
export interface DisagreementRecord {
  field: string;
  values: DisagreementValue[];
  sourceIds: string[];
  note: string | null;
}

export function disagreementsOf(entity: EntityNode): DisagreementRecord[] {
  const merged = entity.disagreements.map((json) => {
    const parsed = JSON.parse(json) as { field: string; values: DisagreementValue[] };
    return { ...parsed, sourceIds: [], note: null };
  });
  // A recorded discrepancy is the references' own (`Event.citedIn`); the note says which says what.
  const recorded = (entity.label === 'Event' ? entity.discrepancies : []).map((note) => ({
    field: 'discrepancy',
    values: [],
    sourceIds: [],
    note,
  }));
  return [...merged, ...recorded];
}

/** One line for the flat exports: `time: "a" (source:x) vs "b" (source:y)`, or the recorded note. */
export function disagreementText(disagreement: DisagreementRecord): string {
  if (disagreement.values.length === 0) return `${disagreement.field}: ${disagreement.note ?? ''}`;
  const values = disagreement.values.map((v) => `"${v.value}" (${v.sourceId ?? 'unknown source'})`);
  return `${disagreement.field}: ${values.join(' vs ')}`;
}
