import { REVIEW_STATUSES } from '../../graph/model/review-status.js';
import { getReviewInfo, type ReviewInfo } from '../../graph/queries/get-review-info.js';
import { getRevisions, listRevisions } from '../../graph/queries/list-revisions.js';
import type { RevisionRow } from '../../graph/queries/revision-row.js';
import { requireVisible } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import type { ApiContext } from '../context.js';
import { pageWindow, toConnection } from '../pagination.js';
import { totalCountOf } from './connection.js';

// Review status and revision history: who changed what, when, why, and from which source.
export const ReviewStatus = builder.enumType('ReviewStatus', {
  description:
    'Review state of an entity, relationship or statement. Reads answer ACCEPTED items unless asked.',
  values: Object.fromEntries(REVIEW_STATUSES.map((s) => [s, { value: s }])) as Record<
    (typeof REVIEW_STATUSES)[number],
    { value: (typeof REVIEW_STATUSES)[number] }
  >,
});

export const Revision = builder.objectRef<RevisionRow>('Revision').implement({
  description: 'One recorded change of one item. Never edited; `revert` records a new one.',
  fields: (t) => ({
    id: t.exposeID('id'),
    changeId: t.exposeString('changeId', { description: 'Shared by every revision of one mutation.' }),
    at: t.exposeString('at', { description: 'ISO 8601 date-time of the commit.' }),
    author: t.exposeString('author', { description: 'The token name (or `seed`) that made the change.' }),
    action: t.exposeString('action', {
      description:
        'ADD_SOURCE, CREATE_STATEMENT, CREATE_ENTITY, UPDATE_ENTITY, MERGE_ENTITIES, MERGED_INTO, CREATE_RELATIONSHIP, MOVE_RELATIONSHIP, UPDATE_RELATIONSHIP or SET_STATUS.',
    }),
    targetId: t.exposeID('targetId'),
    targetKind: t.exposeString('targetKind', { description: 'source, statement, entity or relationship.' }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (r) => r.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (r) => r.after }),
    reason: t.exposeString('reason', { nullable: true }),
    sourceId: t.exposeID('sourceId', { nullable: true, description: 'The source that motivated it.' }),
    revertsId: t.exposeID('revertsId', { nullable: true, description: 'The revision this one undoes.' }),
  }),
});

export async function loadRevisions(ids: string[], ctx: ApiContext): Promise<RevisionRow[]> {
  const rows = await getRevisions(ctx.client, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

builder.queryField('history', (t) =>
  t.connection(
    {
      type: Revision,
      description:
        'Revisions of an item (entity, relationship, statement or source id), newest first. The history of a PROPOSED or REJECTED item needs a token.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const window = pageWindow(args);
        if (!ctx.auth?.viewer) {
          for (const item of await getReviewInfo(ctx.client, [args.id])) requireVisible(item, ctx);
        }
        return toConnection(await listRevisions(ctx.client, args.id, window), window);
      },
    },
    { name: 'RevisionConnection', fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }) },
    { name: 'RevisionEdge' },
  ),
);

export const Review = builder.objectRef<ReviewInfo>('Review').implement({
  description: 'Review status and provenance of an item.',
  fields: (t) => ({
    status: t.field({ type: ReviewStatus, resolve: (r) => r.status as (typeof REVIEW_STATUSES)[number] }),
    version: t.exposeInt('version', {
      description: 'Starts at 1; every change adds 1 (updateEntity checks it).',
    }),
    createdAt: t.exposeString('createdAt', { nullable: true }),
    createdBy: t.exposeString('createdBy', { nullable: true }),
    updatedAt: t.exposeString('updatedAt', { nullable: true }),
    updatedBy: t.exposeString('updatedBy', { nullable: true }),
  }),
});

export async function loadReviews(ids: string[], ctx: ApiContext): Promise<(ReviewInfo | null)[]> {
  const rows = await getReviewInfo(ctx.client, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
