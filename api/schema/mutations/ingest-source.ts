import { listKnownEntitiesCached } from '../../../graph/queries/list-known-entities.js';
import {
  type IngestSourceResult,
  ingestSource,
  type WrittenProposal,
} from '../../../graph/write/ingest-source.js';
import type { ChangeResult } from '../../../graph/write/run-change.js';
import { knownGraphFrom } from '../../../ingest/known-graph.js';
import { runPipeline } from '../../../ingest/run-pipeline.js';
import { builder } from '../../builder.js';
import { loadSources } from '../../loaders/evidence-loaders.js';
import { Revision } from '../revision.js';
import { Source } from '../source.js';
import { changeFields, changeMeta } from './inputs.js';
import { REPLAYED_DOC, REVISIONS_DOC, revisionsOf } from './payloads.js';
import { runMutation } from './run-mutation.js';
import { sourceDocumentOf } from './source-document-input.js';

// One article in, its proposals out: the ingestion pipeline resolves it against the accepted
// graph and graph/write stores the source and every proposal (PROPOSED) in one transaction.
const IngestSourceInput = builder.inputType('IngestSourceInput', {
  fields: (t) => ({
    text: t.string({
      required: false,
      description: 'The article text, verbatim (plain text). Give this or `html`.',
    }),
    html: t.string({
      required: false,
      description:
        'A saved HTML page instead of `text`: its article body is found (Mozilla Readability) and stored as text, one line per heading or paragraph; quotes and offsets point into that stored text.',
    }),
    title: t.string({
      required: false,
      description: "Required with `text`; with `html` the page's own title is used when this is absent.",
    }),
    outlet: t.string({ required: false }),
    url: t.string({ required: false }),
    byline: t.string({ required: false }),
    publishedAt: t.field({
      type: 'Date',
      required: false,
      description: 'Dates such as "on Friday" are read against this day.',
    }),
    ...changeFields(t),
  }),
});

const IngestedProposal = builder.objectRef<WrittenProposal>('IngestedProposal').implement({
  description: 'One proposal of an ingested source, as written to the graph.',
  fields: (t) => ({
    id: t.exposeString('id', {
      description:
        'The graph id (entity, event, claim or relationship); for a LINKED mention, the existing entity.',
    }),
    proposal: t.exposeString('proposal', { description: 'The pipeline\'s id of the proposal ("p3").' }),
    kind: t.exposeString('kind', { description: '`entity`, `event`, `claim` or `relationship`.' }),
    name: t.exposeString('name'),
    status: t.exposeString('status', {
      description: '`PROPOSED` (new, awaiting review) or `LINKED` (a mention of an existing entity).',
    }),
    quote: t.exposeString('quote', { description: 'The exact words that support it.' }),
    confidence: t.exposeFloat('confidence'),
    rule: t.exposeString('rule', { description: 'The rule or signal that produced it.' }),
  }),
});

const IngestSourcePayload = builder
  .objectRef<IngestSourceResult & ChangeResult>('IngestSourcePayload')
  .implement({
    fields: (t) => ({
      source: t.field({
        type: Source,
        resolve: async (r, _args, ctx) => (await loadSources([r.sourceId], ctx))[0] as never,
      }),
      created: t.exposeBoolean('created', { description: 'False when an existing source was returned.' }),
      code: t.string({
        nullable: true,
        description:
          '`DUPLICATE_SOURCE` when the same text or canonical URL was already stored (`source` is that one, no proposals are written).',
        resolve: (r) => (r.created ? null : 'DUPLICATE_SOURCE'),
      }),
      duplicateBy: t.string({
        nullable: true,
        description: '`text` or `url`.',
        resolve: (r) => r.duplicateBy,
      }),
      proposals: t.field({ type: [IngestedProposal], resolve: (r) => r.proposals }),
      revisions: t.field({ type: [Revision], description: REVISIONS_DOC, resolve: revisionsOf }),
      replayed: t.exposeBoolean('replayed', { description: REPLAYED_DOC }),
    }),
  });

builder.mutationField('ingestSource', (t) =>
  t.field({
    type: IngestSourcePayload,
    description:
      'Stores an article and proposes its entities, events, claims and relationships (all PROPOSED, each with its exact quote); review them with acceptProposals/rejectProposals.',
    args: { input: t.arg({ type: IngestSourceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (author) => {
        const document = sourceDocumentOf(input);
        const { entities, relationships } = await listKnownEntitiesCached(ctx.client);
        const result = runPipeline(document, knownGraphFrom(entities, relationships));
        return ingestSource(ctx.client, result, changeMeta(author, input));
      }),
  }),
);
