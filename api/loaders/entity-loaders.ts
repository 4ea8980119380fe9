import type { EntityLabel } from '../../graph/model/labels.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { getEntities } from '../../graph/queries/get-entities.js';
import { visibleStatuses } from '../auth/read-statuses.js';
import type { ApiContext } from '../context.js';

// Batch functions for Pothos' loadable types: one Cypher round-trip per type per tick,
// whatever the number of parents asking.

/** Loads entities of one label; ids of another label, unknown or not visible to the caller resolve to null. */
export function loadEntitiesOf(label: EntityLabel) {
  return async (ids: string[], ctx: ApiContext): Promise<EntityNode[]> => {
    const found = await getEntities(ctx.client, ids, visibleStatuses(ctx));
    return found.filter((entity) => entity.label === label);
  };
}
