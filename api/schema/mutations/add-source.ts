import { type AddSourceResult, addSource } from '../../../graph/write/add-source.js';
import type { ChangeResult } from '../../../graph/write/run-change.js';
import { builder } from '../../builder.js';
import { loadSources } from '../../loaders/evidence-loaders.js';
import { Revision } from '../revision.js';
import { Source } from '../source.js';
import { changeFields, changeMeta } from './inputs.js';
import { REPLAYED_DOC, REVISIONS_DOC, revisionsOf } from './payloads.js';
import { runMutation } from './run-mutation.js';

const AddSourceInput = builder.inputType('AddSourceInput', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article text, verbatim.' }),
    title: t.string({ required: true }),
    outlet: t.string({ required: false }),
    url: t.string({ required: false }),
    byline: t.string({ required: false }),
    publishedAt: t.field({ type: 'Date', required: false }),
    language: t.string({ required: false, description: 'BCP 47 code, e.g. `en`.' }),
    ...changeFields(t),
  }),
});

const AddSourcePayload = builder.objectRef<AddSourceResult & ChangeResult>('AddSourcePayload').implement({
  fields: (t) => ({
    source: t.field({
      type: Source,
      resolve: async (r, _args, ctx) => (await loadSources([r.sourceId], ctx))[0] as never,
    }),
    created: t.exposeBoolean('created', { description: 'False when an existing source was returned.' }),
    code: t.string({
      nullable: true,
      description:
        '`DUPLICATE_SOURCE` when the same text or canonical URL was already stored (`source` is that one).',
      resolve: (r) => (r.created ? null : 'DUPLICATE_SOURCE'),
    }),
    duplicateBy: t.string({ nullable: true, description: '`text` or `url`.', resolve: (r) => r.duplicateBy }),
    revisions: t.field({ type: [Revision], description: REVISIONS_DOC, resolve: revisionsOf }),
    replayed: t.exposeBoolean('replayed', { description: REPLAYED_DOC }),
  }),
});

builder.mutationField('addSource', (t) =>
  t.field({
    type: AddSourcePayload,
    description:
      'Stores an article; the same text or canonical URL returns the existing source (code DUPLICATE_SOURCE).',
    args: { input: t.arg({ type: AddSourceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (author) => addSource(ctx.client, input, changeMeta(author, input))),
  }),
);
