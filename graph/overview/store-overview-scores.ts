import type { RunInTx } from '../time/store-timeline-order.js';

// Keeps each entity's overview score (migration 0006) true after a write: twice its relationships
// to other entities plus its evidence statements, the importance the web gives labels. The write
// path rescores the entities a change touched and the ends of the relationships it touched; the
// seed writer rescores every entity once at its end. Counting a node's relationships reads its
// own relationship chain, so the cost is the touched nodes' degree, not the corpus.

const SCORE = '2 * COUNT { (n)--(:Entity) } + COUNT { (n)-[:EVIDENCED_BY]->() }';

export const STORE_OVERVIEW_SCORES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, ${SCORE} AS score
WHERE n.overviewScore IS NULL OR n.overviewScore <> score
SET n.overviewScore = score
RETURN count(n) AS written`;

export const STORE_ALL_OVERVIEW_SCORES = `
MATCH (n:Entity)
WITH n, ${SCORE} AS score
WHERE n.overviewScore IS NULL OR n.overviewScore <> score
SET n.overviewScore = score
RETURN count(n) AS written`;

/** The entity ids a relationship id (`from|TYPE|to`) joins. */
export function endsOfRelationship(id: string): string[] {
  const parts = id.split('|');
  return parts.length === 3 ? [parts[0] ?? '', parts[2] ?? ''].filter(Boolean) : [];
}

/** Rescores `ids` (null: every entity) in the caller's transaction; returns how many changed. */
export async function storeOverviewScores(run: RunInTx, ids: readonly string[] | null): Promise<number> {
  if (ids !== null && ids.length === 0) return 0;
  const rows =
    ids === null
      ? await run<{ written: number }>(STORE_ALL_OVERVIEW_SCORES)
      : await run<{ written: number }>(STORE_OVERVIEW_SCORES, { ids: [...new Set(ids)] });
  return rows[0]?.written ?? 0;
}
