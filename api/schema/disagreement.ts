import { builder } from '../builder.js';
import { type DisagreementRecord, type DisagreementValue, disagreementsOf } from '../logic/disagreements.js';
import { Entity } from './entity.js';
import { Source } from './source.js';

// Where sources disagree about one item, both values are kept, each with who says it
// (docs/model.md § "Merge rule"); the records come from api/logic/disagreements.ts.

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

builder.interfaceField(Entity, 'disagreements', (t) =>
  t.field({
    type: [Disagreement],
    description:
      'Where sources disagree about this item: every value, attributed, never dropped. Empty when they agree.',
    resolve: disagreementsOf,
  }),
);
