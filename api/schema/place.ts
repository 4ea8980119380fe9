import type { EntityNode } from '../../graph/queries/entity-row.js';
import { listPlaces } from '../../graph/queries/list-places.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { idsOf } from '../global-id.js';
import { requireKnownIds } from '../known-ids.js';
import { loadEntitiesOf } from '../loaders/entity-loaders.js';
import { relationGroup } from '../loaders/relation-loaders.js';
import { pageWindow, toConnection } from '../pagination.js';
import { ActorLink } from './actor.js';
import { totalCountOf } from './connection.js';
import { Entity } from './entity.js';
import { PlaceKind } from './enums.js';
import { EventLink } from './event.js';
import { eventLinkField } from './event-origin-filter.js';
import { defineLink } from './link.js';
import { statusArg } from './status-arg.js';

export const Place = builder.loadableNodeRef('Place', {
  id: { resolve: (p: EntityNode) => p.id },
  load: loadEntitiesOf('Place'),
  sort: (p) => p.id,
});

Place.implement({
  description: 'A country, city, region, territory, sea, venue or area.',
  interfaces: [Entity],
  fields: (t) => ({
    wikidataId: t.string({ nullable: true, resolve: (p) => ('wikidataId' in p ? p.wikidataId : null) }),
    events: eventLinkField(t, EventLink, {
      description: 'Events that happened here.',
      target: 'Event',
      direction: 'in',
      types: ['OCCURRED_IN'],
    }),
    locatedIn: t.loadableGroup({ type: PlaceLink, ...relationGroup('Place', 'out', 'LOCATED_IN') }),
    contains: t.loadableGroup({ type: PlaceLink, ...relationGroup('Place', 'in', 'LOCATED_IN') }),
    actors: t.loadableGroup({
      type: ActorLink,
      description: 'Actors claiming sovereignty over it or controlling it.',
      ...relationGroup('Actor', 'in', 'CLAIMS_SOVEREIGNTY', 'CONTROLS'),
    }),
  }),
});

export const PlaceLink = defineLink('PlaceLink', 'place', () => Place);

builder.queryField('places', (t) =>
  t.connection(
    {
      type: Place,
      description: 'Places sorted by name, then id.',
      args: {
        ...statusArg,
        kinds: t.arg({ type: [PlaceKind], required: false }),
        text: t.arg.string({ required: false, description: 'Case-insensitive substring of name or alias.' }),
        actorIds: t.arg.idList({
          required: false,
          description: 'Only places these actors claim, control, or acted in.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const window = pageWindow(args);
        const filter = {
          status: askedStatuses(args.status, ctx),
          kinds: args.kinds,
          text: args.text,
          actorIds: idsOf(args.actorIds, 'Actor', 'actorIds'),
        };
        await requireKnownIds(ctx.client, [['actorIds', filter.actorIds]]);
        return toConnection(await listPlaces(ctx.client, filter, window), window);
      },
    },
    { name: 'PlaceConnection', fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }) },
    { name: 'PlaceEdge' },
  ),
);
