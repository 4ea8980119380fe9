import { getEntities } from '../../../graph/queries/get-entities.js';
import type { ChangeResult } from '../../../graph/write/run-change.js';
import { builder } from '../../builder.js';
import { Entity } from '../entity.js';
import { Revision } from '../revision.js';
import { REPLAYED_DOC, REVISIONS_DOC, revisionsOf } from './payloads.js';

// The answer of createEntity, updateEntity and mergeEntities: the entity as it is after commit.
export const EntityChangePayload = builder
  .objectRef<{ entityId: string } & ChangeResult>('EntityChangePayload')
  .implement({
    fields: (t) => ({
      entity: t.field({
        type: Entity,
        nullable: true,
        resolve: async (r, _args, ctx) => (await getEntities(ctx.client, [r.entityId]))[0] ?? null,
      }),
      revisions: t.field({ type: [Revision], description: REVISIONS_DOC, resolve: revisionsOf }),
      replayed: t.exposeBoolean('replayed', { description: REPLAYED_DOC }),
    }),
  });
