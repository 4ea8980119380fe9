import type { EntityNode } from '../../graph/queries/entity-row.js';
import { listActors } from '../../graph/queries/list-actors.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { idsOf } from '../global-id.js';
import { requireKnownIds } from '../known-ids.js';
import { loadEntitiesOf } from '../loaders/entity-loaders.js';
import { relationGroup } from '../loaders/relation-loaders.js';
import { pageWindow, toConnection } from '../pagination.js';
import { ClaimLink } from './claim.js';
import { totalCountOf } from './connection.js';
import { Entity } from './entity.js';
import { ActorKind } from './enums.js';
import { EventLink } from './event.js';
import { eventLinkField } from './event-origin-filter.js';
import { IssueLink } from './issue.js';
import { defineLink } from './link.js';
import { PlaceLink } from './place.js';
import { statusArg } from './status-arg.js';

export const Actor = builder.loadableNodeRef('Actor', {
  id: { resolve: (a: EntityNode) => a.id },
  load: loadEntitiesOf('Actor'),
  sort: (a) => a.id,
});

Actor.implement({
  description: 'A state, government, delegation, organization, group or person.',
  interfaces: [Entity],
  fields: (t) => ({
    wikidataId: t.string({ nullable: true, resolve: (a) => ('wikidataId' in a ? a.wikidataId : null) }),
    events: eventLinkField(t, EventLink, {
      description: 'Events this actor took part in, hosted or mediated (`type` and `role` say how).',
      target: 'Event',
      direction: 'out',
      types: ['PARTICIPATED_IN', 'HOSTED', 'MEDIATED'],
    }),
    claims: t.loadableGroup({
      type: ClaimLink,
      description: 'Positions it holds.',
      ...relationGroup('Claim', 'out', 'HOLDS'),
    }),
    addressedBy: t.loadableGroup({
      type: ClaimLink,
      description: 'Demands and appeals addressed to it.',
      ...relationGroup('Claim', 'in', 'ADDRESSED_TO'),
    }),
    places: t.loadableGroup({
      type: PlaceLink,
      description: 'Places it claims sovereignty over or controls.',
      ...relationGroup('Place', 'out', 'CLAIMS_SOVEREIGNTY', 'CONTROLS'),
    }),
    represents: t.loadableGroup({ type: ActorLink, ...relationGroup('Actor', 'out', 'REPRESENTS') }),
    representedBy: t.loadableGroup({ type: ActorLink, ...relationGroup('Actor', 'in', 'REPRESENTS') }),
    memberOf: t.loadableGroup({ type: ActorLink, ...relationGroup('Actor', 'out', 'MEMBER_OF') }),
    members: t.loadableGroup({ type: ActorLink, ...relationGroup('Actor', 'in', 'MEMBER_OF') }),
    affectedBy: eventLinkField(t, EventLink, {
      description: 'Events that affect it.',
      target: 'Event',
      direction: 'in',
      types: ['AFFECTS'],
    }),
    affectedByIssues: t.loadableGroup({
      type: IssueLink,
      description: 'Issues that affect it (e.g. missing persons affect the families).',
      ...relationGroup('Issue', 'in', 'AFFECTS'),
    }),
  }),
});

export const ActorLink = defineLink('ActorLink', 'actor', () => Actor);

builder.queryField('actors', (t) =>
  t.connection(
    {
      type: Actor,
      description: 'Actors sorted by name, then id.',
      args: {
        ...statusArg,
        kinds: t.arg({ type: [ActorKind], required: false }),
        text: t.arg.string({ required: false, description: 'Case-insensitive substring of name or alias.' }),
        eventIds: t.arg.idList({ required: false, description: 'Only actors taking part in these events.' }),
        placeIds: t.arg.idList({
          required: false,
          description: 'Only actors claiming or controlling these places.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const window = pageWindow(args);
        const filter = {
          status: askedStatuses(args.status, ctx),
          kinds: args.kinds,
          text: args.text,
          eventIds: idsOf(args.eventIds, 'Event', 'eventIds'),
          placeIds: idsOf(args.placeIds, 'Place', 'placeIds'),
        };
        await requireKnownIds(ctx.client, [
          ['eventIds', filter.eventIds],
          ['placeIds', filter.placeIds],
        ]);
        return toConnection(await listActors(ctx.client, filter, window), window);
      },
    },
    { name: 'ActorConnection', fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }) },
    { name: 'ActorEdge' },
  ),
);
