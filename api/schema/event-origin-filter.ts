import type { ArgBuilder, ObjectRef, SchemaTypes } from '@pothos/core';
import type { EntityLabel } from '../../graph/model/labels.js';
import { EVENT_ORIGINS, type EventOrigin } from '../../graph/model/records.js';
import type { RelationshipType } from '../../graph/model/relationship-types.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { type Direction, listRelations, type RelationHit } from '../../graph/queries/list-relations.js';
import type { builder } from '../builder.js';
import type { ApiContext } from '../context.js';
import { EventOrigin as EventOriginEnum } from './enums.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;

// The one `origin` argument of every list that can return events (timeline, neighborhood and
// the link fields): the same name, type, default and words everywhere.
export const ORIGIN_ARG_DESCRIPTION =
  'Events of these origins only. Default: both, ARTICLE and CONTEXT; a background (CONTEXT) event is dated by its cited references, not by the article (see `Event.origin`, `Event.citedIn`). Entities that are not events are never filtered out.';

export function originArg(arg: ArgBuilder<Types>) {
  return arg({
    type: [EventOriginEnum],
    required: false,
    defaultValue: [...EVENT_ORIGINS],
    description: ORIGIN_ARG_DESCRIPTION,
  });
}

/** null when the filter keeps every origin (or is absent), so queries skip the check. */
export function originsFilter(origins: readonly EventOrigin[] | null | undefined): EventOrigin[] | null {
  if (!origins) return null;
  const chosen = EVENT_ORIGINS.filter((origin) => origins.includes(origin));
  return chosen.length === EVENT_ORIGINS.length ? null : chosen;
}

/**
 * A link field that can list events, with the `origin` filter: one Cypher query per field path
 * in a response (`byPath`: every parent at that path shares the arguments), grouped back by the
 * parent's id.
 */
export function eventLinkField(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, EntityNode>,
  link: ObjectRef<Types, RelationHit>,
  spec: {
    description?: string;
    target: EntityLabel | null;
    direction: Direction;
    types: RelationshipType[];
  },
) {
  const { target, direction, types } = spec;
  return t.loadableGroup({
    type: link,
    ...(spec.description ? { description: spec.description } : {}),
    byPath: true,
    args: { origin: originArg(t.arg) },
    load: (ids: string[], ctx: ApiContext, args: { origin?: readonly EventOrigin[] | null }) =>
      listRelations(ctx.client, ids, { types, direction, target, origins: originsFilter(args.origin) }),
    group: (hit: RelationHit) => hit.key,
    resolve: (parent: EntityNode) => parent.id,
  });
}
