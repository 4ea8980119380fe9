import { REVIEW_STATUSES, type ReviewStatus as Status } from '../../graph/model/review-status.js';
import { listKnownEntities } from '../../graph/queries/list-known-entities.js';
import {
  listSourceProposals,
  type ReviewQuote as QuoteRow,
  type ReviewItemRow,
} from '../../graph/queries/list-source-proposals.js';
import { knownGraphFrom } from '../../ingest/known-graph.js';
import type { ResolutionCandidate } from '../../ingest/model.js';
import { runPipeline } from '../../ingest/run-pipeline.js';
import { requireReviewer } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { NotFoundError } from '../errors.js';
import { loadSources } from '../loaders/evidence-loaders.js';
import { annotateItems, type ReviewAnnotation } from '../logic/review-annotations.js';
import { ReviewStatus } from './revision.js';
import { Source } from './source.js';

// The review screen's read: one source, its text, and every item it evidences (proposed or
// judged) with quotes, rule, confidence and resolution candidates.
type ReviewItemShape = ReviewItemRow & Partial<ReviewAnnotation>;
interface SourceReviewShape {
  sourceId: string;
  text: string;
  items: ReviewItemShape[];
}

const ReviewQuote = builder.objectRef<QuoteRow>('ReviewQuote').implement({
  description: 'An exact quote of the source: offsets into `SourceReview.text`.',
  fields: (t) => ({
    statementId: t.exposeID('id'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    sentence: t.exposeInt('sentence', { nullable: true, description: '0-based sentence index.' }),
    text: t.exposeString('text'),
  }),
});

const ReviewCandidate = builder.objectRef<ResolutionCandidate>('ReviewCandidate').implement({
  description: 'An existing (accepted) entity a mention may be, as the resolver scores it now.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    score: t.exposeFloat('score', { description: '0–1; 1 is an exact name or alias.' }),
    why: t.exposeString('why'),
  }),
});

const ReviewItem = builder.objectRef<ReviewItemShape>('ReviewItem').implement({
  description: 'One item a source evidences: an entity, event, claim or relationship, with why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    itemKind: t.string({
      description: '`entity`, `event`, `claim` or `relationship`.',
      resolve: (i) =>
        i.relationship
          ? 'relationship'
          : i.label === 'Event'
            ? 'event'
            : i.label === 'Claim'
              ? 'claim'
              : 'entity',
    }),
    label: t.exposeString('label', {
      description: 'Actor, Place, Issue, Event, Claim, or the relationship type.',
    }),
    name: t.exposeString('name'),
    kind: t.exposeString('kind', { nullable: true, description: 'Actor kind, event type, stance, or role.' }),
    status: t.field({ type: ReviewStatus, resolve: (i) => i.status }),
    version: t.exposeInt('version'),
    earliest: t.exposeString('earliest', { nullable: true }),
    latest: t.exposeString('latest', { nullable: true }),
    precision: t.exposeString('precision', { nullable: true }),
    from: t.exposeID('from', { nullable: true }),
    to: t.exposeID('to', { nullable: true }),
    createdBy: t.exposeString('createdBy', { nullable: true }),
    updatedBy: t.exposeString('updatedBy', { nullable: true }),
    quotes: t.field({ type: [ReviewQuote], resolve: (i) => i.quotes }),
    rule: t.string({
      nullable: true,
      description: 'The pipeline rule that proposes it (null when the pipeline no longer does).',
      resolve: (i) => i.rule ?? null,
    }),
    confidence: t.float({ nullable: true, resolve: (i) => i.confidence ?? null }),
    candidates: t.field({
      type: [ReviewCandidate],
      description: 'For a mention: existing entities it may be, best first (empty when none).',
      resolve: (i) => i.candidates ?? [],
    }),
  }),
});

const SourceReview = builder.objectRef<SourceReviewShape>('SourceReview').implement({
  fields: (t) => ({
    source: t.field({
      type: Source,
      resolve: async (r, _args, ctx) => (await loadSources([r.sourceId], ctx))[0] as never,
    }),
    text: t.exposeString('text', { description: 'The stored text the quotes point into.' }),
    items: t.field({
      type: [ReviewItem],
      description: 'In the order of their first quote.',
      resolve: (r) => r.items,
    }),
    proposed: t.int({ resolve: (r) => r.items.filter((i) => i.status === 'PROPOSED').length }),
    reviewed: t.int({ resolve: (r) => r.items.filter((i) => i.status !== 'PROPOSED').length }),
  }),
});

builder.queryField('reviewSource', (t) =>
  t.field({
    type: SourceReview,
    description:
      'A source with everything it evidences, for review: quotes, rule, confidence, candidates. Needs a token (any role). Rule, confidence and candidates come from running the ingestion pipeline on the source against the current accepted graph.',
    args: {
      sourceId: t.arg.id({ required: true }),
      status: t.arg({
        type: [ReviewStatus],
        required: false,
        description: 'Only items with these statuses (default: all).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      requireReviewer(ctx, 'reviewSource');
      const statuses: Status[] = args.status?.length ? [...args.status] : [...REVIEW_STATUSES];
      const found = await listSourceProposals(ctx.client, String(args.sourceId), statuses);
      if (!found) throw new NotFoundError(String(args.sourceId));
      const { entities, relationships } = await listKnownEntities(ctx.client);
      const { proposals } = runPipeline(
        {
          text: found.source.text,
          title: found.source.title,
          outlet: null,
          url: null,
          byline: null,
          published: found.source.publishedAt?.slice(0, 10) ?? null,
          format: 'text',
        },
        knownGraphFrom(entities, relationships),
      );
      const annotations = annotateItems(found.items, proposals);
      return {
        sourceId: found.source.id,
        text: found.source.text,
        items: found.items.map((item) => ({ ...item, ...annotations.get(item.id) })),
      };
    },
  }),
);
