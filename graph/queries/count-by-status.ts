import type { GraphClient } from '../client.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../model/review-status.js';
import { DOMAIN_TYPES } from './entity-row.js';

// Entities, statements and relationships per review status. Unlike the headline counts (the count
// store, every status together) this reads every item, so the API runs it only when asked.
// Items stored before statuses existed count as accepted, as in every read.
export const COUNT_BY_STATUS = `
CALL () {
  MATCH (n:Entity) RETURN 'entities' AS item, coalesce(n.status, 'ACCEPTED') AS status, count(*) AS count
  UNION ALL
  MATCH (n:Statement) RETURN 'statements' AS item, coalesce(n.status, 'ACCEPTED') AS status, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types
  RETURN 'relationships' AS item, coalesce(r.status, 'ACCEPTED') AS status, count(*) AS count
}
RETURN item, status, count`;

export interface StatusCount {
  status: ReviewStatus;
  entities: number;
  statements: number;
  relationships: number;
}

/** One row per review status (every status listed, zero included). */
export async function countByStatus(client: GraphClient): Promise<StatusCount[]> {
  const rows = await client.read<{
    item: 'entities' | 'statements' | 'relationships';
    status: string;
    count: number;
  }>(COUNT_BY_STATUS, { types: DOMAIN_TYPES });
  return REVIEW_STATUSES.map((status) => {
    const countOf = (item: string) =>
      rows.find((row) => row.item === item && row.status === status)?.count ?? 0;
    return {
      status,
      entities: countOf('entities'),
      statements: countOf('statements'),
      relationships: countOf('relationships'),
    };
  });
}
