import type { GraphClient } from '../client.js';
import { cypherInt } from './page.js';

// The review queue: sources that still evidence PROPOSED items, oldest first (by when they
// were added), with how many items are left and how many are judged (accepted or rejected).
export interface ReviewQueueRow {
  sourceId: string;
  title: string;
  createdAt: string | null;
  proposed: number;
  reviewed: number;
}

// One pass over entity evidence and one over relationship evidence (ids in `evidenceIds`),
// instead of one scan per source.
export const LIST_REVIEW_QUEUE = `
CALL () {
  MATCH (src:Source)<-[:FROM_SOURCE]-(:Statement)<-[:EVIDENCED_BY]-(n:Entity)
  RETURN DISTINCT src, n.id AS item, coalesce(n.status, 'ACCEPTED') AS status
  UNION
  MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceIds IS NOT NULL
  UNWIND r.evidenceIds AS sid
  MATCH (:Statement {id: sid})-[:FROM_SOURCE]->(src:Source)
  RETURN DISTINCT src, r.id AS item, coalesce(r.status, 'ACCEPTED') AS status
}
WITH src, count(CASE status WHEN 'PROPOSED' THEN 1 END) AS proposed, count(item) AS total
WHERE proposed > 0
RETURN src.id AS sourceId, coalesce(src.title, src.id) AS title, toString(src.createdAt) AS createdAt,
  proposed, total - proposed AS reviewed
ORDER BY src.createdAt, src.id
LIMIT $limit`;

export function listReviewQueue(client: GraphClient, limit: number): Promise<ReviewQueueRow[]> {
  return client.read<ReviewQueueRow & Record<string, unknown>>(LIST_REVIEW_QUEUE, {
    limit: cypherInt(limit),
  });
}
