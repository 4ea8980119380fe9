import type { EntityNode } from '../../graph/queries/entity-row.js';
import { builder } from '../builder.js';
import { Entity } from './entity.js';
import { Source } from './source.js';

// Where sources disagree about one item, both values are kept, each with who says it
// (docs/model.md § "Merge rule"): values two seed sources give differently, and the discrepancies
// the cited references of a background event record.

interface DisagreementValue {
  value: string;
  sourceId: string | null;
}
interface DisagreementRecord {
  field: string;
  values: DisagreementValue[];
  sourceIds: string[];
  note: string | null;
}

const DisagreementValueRef = builder.objectRef<DisagreementValue>('DisagreementValue').implement({
  description: 'One of the values in disagreement, with the source that gives it.',
  fields: (t) => ({
    value: t.exposeString('value'),
    source: t.field({ type: Source, nullable: true, resolve: (v) => v.sourceId }),
  }),
});

const Disagreement = builder.objectRef<DisagreementRecord>('Disagreement').implement({
  description: 'Sources give different values for one item (a date, a count, a description); all are kept.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: '`description`, `wikidataId`, `time`, or `discrepancy` for a note the references record.',
    }),
    values: t.field({ type: [DisagreementValueRef], resolve: (d) => d.values }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'The recorded discrepancy in words, when the values are not separate fields.',
    }),
    sources: t.field({
      type: [Source],
      description: 'Every source involved.',
      resolve: (d) =>
        [...new Set([...d.values.map((v) => v.sourceId), ...d.sourceIds])].filter((id) => id !== null),
    }),
  }),
});

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

builder.interfaceField(Entity, 'disagreements', (t) =>
  t.field({
    type: [Disagreement],
    description:
      'Where sources disagree about this item: every value, attributed, never dropped. Empty when they agree.',
    resolve: disagreementsOf,
  }),
);
