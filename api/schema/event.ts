import { EVENT_TYPE_NAMES } from '../../graph/model/event-types.js';
import type { EventRecord } from '../../graph/model/records.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { listEvents } from '../../graph/queries/list-events.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { knownValuesOf } from '../enum-arg.js';
import { idsOf } from '../global-id.js';
import { requireKnownIds } from '../known-ids.js';
import { loadEntitiesOf } from '../loaders/entity-loaders.js';
import { loadCitationsOfEvents } from '../loaders/evidence-loaders.js';
import { firstRelation, relationGroup } from '../loaders/relation-loaders.js';
import { pageWindow, toConnection } from '../pagination.js';
import { selectsField } from '../selects-field.js';
import { ActorLink } from './actor.js';
import { ClaimLink } from './claim.js';
import { totalCountOf } from './connection.js';
import { Entity } from './entity.js';
import { DatePrecision, EventOrigin } from './enums.js';
import { eventLinkField } from './event-origin-filter.js';
import { IssueLink } from './issue.js';
import { defineLink } from './link.js';
import { PlaceLink } from './place.js';
import { Source } from './source.js';
import { statusArg } from './status-arg.js';

// Stored on the node by the seed loader (graph/model/event-types.ts crosswalkProperties).
const CROSSWALK_FIELDS = [
  'ploverType',
  'ploverMode',
  'cameoCode',
  'cameoLabel',
  'acledEventType',
  'acledSubEventType',
] as const;

type Crosswalk = Pick<EventRecord, (typeof CROSSWALK_FIELDS)[number]>;

const EventCrosswalk = builder.objectRef<Crosswalk>('EventCrosswalk').implement({
  description: 'The event type in PLOVER, CAMEO and ACLED terms (null where a standard has no fitting code).',
  fields: (t) =>
    Object.fromEntries(CROSSWALK_FIELDS.map((name) => [name, t.exposeString(name, { nullable: true })])),
});

// Every entity this type resolves is an Event (Pothos checks the label via Entity.resolveType);
// the guard keeps that a checked fact rather than a cast.
function eventOf(entity: EntityNode): EventRecord {
  if (entity.label !== 'Event') throw new Error(`${entity.id} is not an event.`);
  return entity;
}

export const Event = builder.loadableNodeRef('Event', {
  id: { resolve: (e: EntityNode) => e.id },
  load: loadEntitiesOf('Event'),
  sort: (e) => e.id,
});

Event.implement({
  description: 'Something that happened, with honest time bounds and its participants.',
  interfaces: [Entity],
  fields: (t) => ({
    eventType: t.exposeString('kind', { description: 'The event type (same as `kind`).' }),
    origin: t.field({
      type: EventOrigin,
      resolve: (e) => eventOf(e).origin,
    }),
    earliest: t.field({
      type: 'Date',
      nullable: true,
      description:
        'Earliest possible date (inclusive); null when unknown. Derived, not stated, when `earliestFrom` is set (taken from that event through PRECEDES or a dated start).',
      resolve: (e) => eventOf(e).earliest,
    }),
    latest: t.field({
      type: 'Date',
      nullable: true,
      description:
        'Latest possible date (inclusive); null when unknown. Derived, not stated, when `latestFrom` is set.',
      resolve: (e) => eventOf(e).latest,
    }),
    precision: t.field({
      type: DatePrecision,
      resolve: (e) => eventOf(e).precision,
    }),
    relativePhrase: t.string({
      nullable: true,
      description: 'The article\'s own words for a relatively dated event ("the most recent swap").',
      resolve: (e) => eventOf(e).relativePhrase,
    }),
    crosswalk: t.field({ type: EventCrosswalk, resolve: (e) => eventOf(e) }),
    participants: t.loadableGroup({
      type: ActorLink,
      description: 'Actors that took part in, hosted or mediated it (`type`, `role`).',
      ...relationGroup('Actor', 'in', 'PARTICIPATED_IN', 'HOSTED', 'MEDIATED'),
    }),
    locations: t.loadableGroup({ type: PlaceLink, ...relationGroup('Place', 'out', 'OCCURRED_IN') }),
    location: t.loadable({
      type: PlaceLink,
      nullable: true,
      description: 'The first of `locations` (by place name), for the common single-place case.',
      ...firstRelation('Place', 'out', 'OCCURRED_IN'),
    }),
    issues: t.loadableGroup({ type: IssueLink, ...relationGroup('Issue', 'out', 'CONCERNS') }),
    preceding: eventLinkField(t, EventLink, {
      description: 'Events known to have happened before this one (PRECEDES).',
      target: 'Event',
      direction: 'in',
      types: ['PRECEDES'],
    }),
    following: eventLinkField(t, EventLink, {
      description: 'Events known to have happened after this one (PRECEDES).',
      target: 'Event',
      direction: 'out',
      types: ['PRECEDES'],
    }),
    partOf: eventLinkField(t, EventLink, {
      description: 'The larger events this one is a round or stage of (PART_OF).',
      target: 'Event',
      direction: 'out',
      types: ['PART_OF'],
    }),
    parts: eventLinkField(t, EventLink, {
      description: 'The rounds or stages of this event (PART_OF).',
      target: 'Event',
      direction: 'in',
      types: ['PART_OF'],
    }),
    affects: t.loadableGroup({ type: ActorLink, ...relationGroup('Actor', 'out', 'AFFECTS') }),
    claims: t.loadableGroup({
      type: ClaimLink,
      description: 'Claims about it.',
      ...relationGroup('Claim', 'in', 'ABOUT'),
    }),
    citedIn: t.loadableGroup({
      type: Source,
      description: 'References that date this (background) event.',
      load: (ids: string[], ctx) =>
        loadCitationsOfEvents(ids, ctx).then((rows) =>
          rows.map((row) => ({ ...row.source, citingEvent: row.event.id })),
        ),
      group: (s) => (s as { citingEvent?: string }).citingEvent ?? '',
      resolve: (e) => e.id,
    }),
  }),
});

export const EventLink = defineLink('EventLink', 'event', () => Event);

builder.queryField('events', (t) =>
  t.connection(
    {
      type: Event,
      description: 'Events by earliest known date (undated last), then name and id.',
      args: {
        ...statusArg,
        types: t.arg.stringList({ required: false, description: 'Event types (`Event.kind`).' }),
        origin: t.arg({ type: EventOrigin, required: false }),
        text: t.arg.string({ required: false, description: 'Case-insensitive substring of name or alias.' }),
        actorIds: t.arg.idList({ required: false, description: 'Only events these actors took part in.' }),
        issueIds: t.arg.idList({ required: false, description: 'Only events concerning these issues.' }),
        placeIds: t.arg.idList({
          required: false,
          description: 'Only events that happened in these places.',
        }),
      },
      resolve: async (_root, args, ctx, info) => {
        const window = pageWindow(args);
        const filter = {
          status: askedStatuses(args.status, ctx),
          types: knownValuesOf(args.types, EVENT_TYPE_NAMES, 'types'),
          origin: args.origin,
          text: args.text,
          actorIds: idsOf(args.actorIds, 'Actor', 'actorIds'),
          issueIds: idsOf(args.issueIds, 'Issue', 'issueIds'),
          placeIds: idsOf(args.placeIds, 'Place', 'placeIds'),
        };
        await requireKnownIds(ctx.client, [
          ['actorIds', filter.actorIds],
          ['issueIds', filter.issueIds],
          ['placeIds', filter.placeIds],
        ]);
        const withTotal = selectsField(info, 'totalCount');
        return toConnection(await listEvents(ctx.client, filter, window, { withTotal }), window);
      },
    },
    { name: 'EventConnection', fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }) },
    { name: 'EventEdge' },
  ),
);
