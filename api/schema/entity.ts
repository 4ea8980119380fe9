import type { EntityNode } from '../../graph/queries/entity-row.js';
import { builder } from '../builder.js';
import { EntityKind } from './enums.js';
import { Statement } from './statement.js';

// The interface every domain node implements. Its id is the readable stable id
// (`actor:ukraine`), which is also its relay global id.
export const Entity = builder.interfaceRef<EntityNode>('Entity');

Entity.implement({
  description: 'An actor, place, issue, event or claim, with the statements that evidence it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.label,
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable readable id, e.g. `actor:ukraine`; also the relay global id.',
    }),
    name: t.exposeString('name'),
    kind: t.exposeString('kind', {
      description:
        'Sub-kind as stored: actor kind (state…), place kind, issue family, event type, claim stance.',
    }),
    entityKind: t.field({
      type: EntityKind,
      description: 'Which kind of entity this is.',
      resolve: (e) => e.label,
    }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names the sources use ("Kyiv" for Ukraine).',
    }),
    description: t.exposeString('description', { nullable: true }),
    evidence: t.field({
      type: [Statement],
      description:
        'The exact source statements that support this entity. Never empty for what an article states; empty for a background event (`Event.origin` CONTEXT), whose evidence is its cited references (`Event.citedIn`) and which the article only alludes to (`Event.allusions`).',
      resolve: (e) => e.evidenceIds,
    }),
    evidenceCount: t.int({ resolve: (e) => e.evidenceIds.length }),
  }),
});
