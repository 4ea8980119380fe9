import type { GraphClient } from '../client.js';

// The review fields of entities, relationships and statements by id, for the API's `status`,
// `version`, `createdBy`… fields. Relationships are found through their (indexed) end entities.
export interface ReviewInfo {
  id: string;
  status: string;
  version: number;
  createdAt: string | null;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

const FIELDS = (v: string) =>
  `${v}.id AS id, coalesce(${v}.status, 'ACCEPTED') AS status, coalesce(${v}.version, 1) AS version,
   ${v}.createdAt AS createdAt, ${v}.createdBy AS createdBy, ${v}.updatedAt AS updatedAt, ${v}.updatedBy AS updatedBy`;

export const GET_REVIEW_INFO = `
CALL () { MATCH (n) WHERE (n:Entity OR n:Statement) AND n.id IN $ids RETURN ${FIELDS('n')}
  UNION ALL
  UNWIND $ends AS e MATCH (:Entity {id: e.from})-[r]->(:Entity {id: e.to}) WHERE r.id = e.id RETURN ${FIELDS('r')} }
RETURN id, status, version, createdAt, createdBy, updatedAt, updatedBy`;

export async function getReviewInfo(client: GraphClient, ids: readonly string[]): Promise<ReviewInfo[]> {
  const ends = ids.flatMap((id) => {
    const parts = id.split('|');
    return parts.length === 3 ? [{ id, from: parts[0], to: parts[2] }] : [];
  });
  return client.read<ReviewInfo & Record<string, unknown>>(GET_REVIEW_INFO, { ids: [...ids], ends });
}

export const RESOLVE_MERGED_IDS = `
UNWIND $ids AS wanted
OPTIONAL MATCH (m:MergedEntity {id: wanted})
RETURN wanted, coalesce(m.into, wanted) AS current`;

/** Each id, or the kept entity's id when it was merged into another. */
export async function resolveMergedIds(
  client: GraphClient,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await client.read<{ wanted: string; current: string }>(RESOLVE_MERGED_IDS, { ids: [...ids] });
  return new Map(rows.map((row) => [row.wanted, row.current]));
}
