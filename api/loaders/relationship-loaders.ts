import type { RelationshipRecord } from '../../graph/model/records.js';
import { getRelationships } from '../../graph/queries/get-relationships.js';
import { listSupportedRelationships } from '../../graph/queries/list-supported-relationships.js';
import { visibleStatuses } from '../auth/read-statuses.js';
import type { ApiContext } from '../context.js';
import { canonicalRelationshipIdOf, relationshipEndsOf } from '../global-id.js';

// Batch functions of relationships addressed on their own (by id, or by the statements citing them).

export async function loadRelationships(
  ids: string[],
  ctx: ApiContext,
): Promise<(RelationshipRecord | null)[]> {
  const stored = ids.map((id) => canonicalRelationshipIdOf(id, 'id'));
  const endIds = stored.flatMap((id) => relationshipEndsOf(id, 'id'));
  const rows = await getRelationships(ctx.client, stored, endIds, visibleStatuses(ctx));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return stored.map((id) => byId.get(id) ?? null);
}

export async function loadSupportedRelationships(
  ids: string[],
  ctx: ApiContext,
): Promise<RelationshipRecord[][]> {
  const rows = await listSupportedRelationships(ctx.client, ids);
  return ids.map((id) => rows.filter((row) => row.statementId === id).map((row) => row.relation));
}
