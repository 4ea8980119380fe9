import type { ObjectRef, OutputType, SchemaTypes } from '@pothos/core';
import type { RelationHit } from '../../graph/queries/list-relations.js';
import { builder } from '../builder.js';
import { RelationType } from './enums.js';
import { Statement } from './statement.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;

/**
 * An edge type: a relationship seen from the entity that lists it, with the entity at the other
 * end under `targetField` and the statements that support it. One per target type
 * (`ActorLink.actor`, `EventLink.event`, …) so clients select fields without fragments.
 */
export function defineLink(
  name: string,
  targetField: string,
  target: () => OutputType<Types>,
): ObjectRef<Types, RelationHit> {
  const ref = builder.objectRef<RelationHit>(name);
  ref.implement({
    description: `A relationship to ${targetField === 'entity' ? 'an entity' : `a ${targetField}`}, with its evidence.`,
    fields: (t) => ({
      id: t.id({ description: '`<from-id>|<TYPE>|<to-id>`', resolve: (h) => h.relation.id }),
      type: t.field({ type: RelationType, resolve: (h) => h.relation.type }),
      role: t.string({
        nullable: true,
        description: 'How, e.g. "mediator".',
        resolve: (h) => h.relation.role,
      }),
      note: t.string({ nullable: true, resolve: (h) => h.relation.note }),
      sourceId: t.id({
        description: 'Where the stored relationship starts.',
        resolve: (h) => h.relation.from,
      }),
      targetId: t.id({ description: 'Where the stored relationship ends.', resolve: (h) => h.relation.to }),
      evidence: t.field({
        type: [Statement],
        description: 'Statements that support this relationship (never empty).',
        resolve: (h) => h.relation.evidenceIds,
      }),
      evidenceCount: t.int({ resolve: (h) => h.relation.evidenceIds.length }),
      [targetField]: t.field({ type: target(), resolve: (h) => h.other as never }),
    }),
  });
  return ref;
}
