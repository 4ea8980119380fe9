import type { ClaimStance as Stance } from '../../graph/model/claim-stances.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { listClaims } from '../../graph/queries/list-claims.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { idsOf } from '../global-id.js';
import { requireKnownIds } from '../known-ids.js';
import { loadEntitiesOf } from '../loaders/entity-loaders.js';
import { firstRelation, relationGroup } from '../loaders/relation-loaders.js';
import { pageWindow, toConnection } from '../pagination.js';
import { ActorLink } from './actor.js';
import { totalCountOf } from './connection.js';
import { Entity } from './entity.js';
import { ClaimStance } from './enums.js';
import { eventLinkField } from './event-origin-filter.js';
import { IssueLink } from './issue.js';
import { defineLink } from './link.js';
import { statusArg } from './status-arg.js';

export const Claim = builder.loadableNodeRef('Claim', {
  id: { resolve: (c: EntityNode) => c.id },
  load: loadEntitiesOf('Claim'),
  sort: (c) => c.id,
});

Claim.implement({
  description: 'A position an actor states; disputes are two claims joined by OPPOSES.',
  interfaces: [Entity],
  fields: (t) => ({
    stance: t.field({ type: ClaimStance, resolve: (c) => c.kind as Stance }),
    holders: t.loadableGroup({
      type: ActorLink,
      description: 'Who holds (states) it.',
      ...relationGroup('Actor', 'in', 'HOLDS'),
    }),
    holder: t.loadable({
      type: ActorLink,
      nullable: true,
      description: 'The first of `holders`, for the common single-holder case.',
      ...firstRelation('Actor', 'in', 'HOLDS'),
    }),
    objects: eventLinkField(t, EntityLink, {
      description: 'What the claim is about (a place, actor, event or issue).',
      target: null,
      direction: 'out',
      types: ['ABOUT'],
    }),
    object: t.loadable({
      type: EntityLink,
      nullable: true,
      description: 'The first of `objects`.',
      ...firstRelation(null, 'out', 'ABOUT'),
    }),
    addressedTo: t.loadableGroup({ type: ActorLink, ...relationGroup('Actor', 'out', 'ADDRESSED_TO') }),
    issues: t.loadableGroup({ type: IssueLink, ...relationGroup('Issue', 'out', 'CONCERNS') }),
    opposing: t.loadableGroup({
      type: ClaimLink,
      description: 'Claims that contradict this one (OPPOSES, read in both directions).',
      ...relationGroup('Claim', 'both', 'OPPOSES'),
    }),
  }),
});

export const ClaimLink = defineLink('ClaimLink', 'claim', () => Claim);
export const EntityLink = defineLink('EntityLink', 'entity', () => Entity);

builder.queryField('claims', (t) =>
  t.connection(
    {
      type: Claim,
      description: 'Claims sorted by name, then id.',
      args: {
        ...statusArg,
        stances: t.arg({ type: [ClaimStance], required: false }),
        text: t.arg.string({
          required: false,
          description: 'Case-insensitive substring of name or description.',
        }),
        holderIds: t.arg.idList({ required: false, description: 'Only claims these actors hold.' }),
        issueIds: t.arg.idList({ required: false, description: 'Only claims concerning these issues.' }),
        aboutIds: t.arg.idList({ required: false, description: 'Only claims about these entities.' }),
      },
      resolve: async (_root, args, ctx) => {
        const window = pageWindow(args);
        const filter = {
          status: askedStatuses(args.status, ctx),
          stances: args.stances,
          text: args.text,
          holderIds: idsOf(args.holderIds, 'Actor', 'holderIds'),
          issueIds: idsOf(args.issueIds, 'Issue', 'issueIds'),
          aboutIds: args.aboutIds ? [...args.aboutIds] : null,
        };
        await requireKnownIds(ctx.client, [
          ['holderIds', filter.holderIds],
          ['issueIds', filter.issueIds],
          ['aboutIds', filter.aboutIds],
        ]);
        return toConnection(await listClaims(ctx.client, filter, window), window);
      },
    },
    { name: 'ClaimConnection', fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }) },
    { name: 'ClaimEdge' },
  ),
);
