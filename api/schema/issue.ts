import { ISSUE_KINDS } from '../../graph/model/issue-kinds.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { listIssues } from '../../graph/queries/list-issues.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { knownValuesOf } from '../enum-arg.js';
import { idsOf } from '../global-id.js';
import { requireKnownIds } from '../known-ids.js';
import { loadEntitiesOf } from '../loaders/entity-loaders.js';
import { relationGroup } from '../loaders/relation-loaders.js';
import { pageWindow, toConnection } from '../pagination.js';
import { ActorLink } from './actor.js';
import { ClaimLink } from './claim.js';
import { totalCountOf } from './connection.js';
import { Entity } from './entity.js';
import { EventLink } from './event.js';
import { eventLinkField } from './event-origin-filter.js';
import { defineLink } from './link.js';
import { statusArg } from './status-arg.js';

export const Issue = builder.loadableNodeRef('Issue', {
  id: { resolve: (i: EntityNode) => i.id },
  load: loadEntitiesOf('Issue'),
  sort: (i) => i.id,
});

Issue.implement({
  description: 'A topic events and claims are about; `kind` is its family (humanitarian, territorial…).',
  interfaces: [Entity],
  fields: (t) => ({
    events: eventLinkField(t, EventLink, { target: 'Event', direction: 'in', types: ['CONCERNS'] }),
    claims: t.loadableGroup({ type: ClaimLink, ...relationGroup('Claim', 'in', 'CONCERNS') }),
    affects: t.loadableGroup({ type: ActorLink, ...relationGroup('Actor', 'out', 'AFFECTS') }),
  }),
});

export const IssueLink = defineLink('IssueLink', 'issue', () => Issue);

builder.queryField('issues', (t) =>
  t.connection(
    {
      type: Issue,
      description: 'Issues sorted by name, then id.',
      args: {
        ...statusArg,
        kinds: t.arg.stringList({ required: false, description: 'Issue families, e.g. ["humanitarian"].' }),
        text: t.arg.string({ required: false, description: 'Case-insensitive substring of name or alias.' }),
        actorIds: t.arg.idList({
          required: false,
          description: "Only issues of these actors' events or claims.",
        }),
        eventIds: t.arg.idList({ required: false, description: 'Only issues these events concern.' }),
      },
      resolve: async (_root, args, ctx) => {
        const window = pageWindow(args);
        const filter = {
          status: askedStatuses(args.status, ctx),
          kinds: knownValuesOf(args.kinds, ISSUE_KINDS, 'kinds'),
          text: args.text,
          actorIds: idsOf(args.actorIds, 'Actor', 'actorIds'),
          eventIds: idsOf(args.eventIds, 'Event', 'eventIds'),
        };
        await requireKnownIds(ctx.client, [
          ['actorIds', filter.actorIds],
          ['eventIds', filter.eventIds],
        ]);
        return toConnection(await listIssues(ctx.client, filter, window), window);
      },
    },
    { name: 'IssueConnection', fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }) },
    { name: 'IssueEdge' },
  ),
);
