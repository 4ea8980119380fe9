import { builder } from '../../builder.js';

// Inputs shared by several mutations.
export const EvidenceInput = builder.inputType('EvidenceInput', {
  description: 'A quote of a stored source (exact words inside one sentence), or its offsets.',
  fields: (t) => ({
    sourceId: t.id({ required: true }),
    quote: t.string({ required: false, description: 'The exact words of the source.' }),
    occurrence: t.int({ required: false, description: 'Which occurrence (1-based) when the words repeat.' }),
    start: t.int({ required: false, description: 'Instead of a quote: UTF-16 offsets [start, end).' }),
    end: t.int({ required: false }),
  }),
});

/** Fields every mutation input carries: why, prompted by which source, and a retry key. */
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export const changeFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  reason: t.string({ required: false, description: 'Why; kept in the revision.' }),
  motivatingSourceId: t.id({
    required: false,
    description: 'The source that prompted the change (kept in the revision).',
  }),
  idempotencyKey: t.string({
    required: false,
    description: 'A retry with the same key (per token) returns the first answer instead of writing twice.',
  }),
});

/** The change's meta for graph/write from the input's common fields. */
export function changeMeta(
  author: { name: string; tokenId: string | null },
  input: { reason?: string | null; motivatingSourceId?: string | null; idempotencyKey?: string | null },
) {
  return {
    author,
    reason: input.reason ?? null,
    sourceId: input.motivatingSourceId ?? null,
    idempotencyKey: input.idempotencyKey ?? null,
  };
}
