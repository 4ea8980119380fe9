import type { EntityLabel } from '../../graph/model/labels.js';
import type { RelationshipType } from '../../graph/model/relationship-types.js';
import { type Direction, listRelations, type RelationHit } from '../../graph/queries/list-relations.js';
import type { ApiContext } from '../context.js';

/**
 * Options for a `t.loadableGroup` field listing one kind of relationship: every parent of the
 * field in a response is served by a single Cypher query, grouped back by the parent's id.
 * `target` is the label the field's GraphQL type promises (null for `EntityLink`): a type such
 * as AFFECTS may end at an Event or an Issue, and an `EventLink` must only ever list Events.
 */
export function relationGroup(
  target: EntityLabel | null,
  direction: Direction,
  ...types: RelationshipType[]
) {
  return {
    load: (ids: string[], ctx: ApiContext): Promise<RelationHit[]> =>
      listRelations(ctx.client, ids, { types, direction, target }),
    group: (hit: RelationHit) => hit.key,
    resolve: (parent: { id: string }) => parent.id,
  };
}

/** Options for a `t.loadable` field giving the first such relationship of each parent (or null). */
export function firstRelation(
  target: EntityLabel | null,
  direction: Direction,
  ...types: RelationshipType[]
) {
  return {
    load: async (ids: string[], ctx: ApiContext): Promise<(RelationHit | null)[]> => {
      const hits = await listRelations(ctx.client, ids, { types, direction, target });
      return ids.map((id) => hits.find((hit) => hit.key === id) ?? null);
    },
    resolve: (parent: { id: string }) => parent.id,
  };
}
