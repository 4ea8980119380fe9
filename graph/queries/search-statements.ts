import type { GraphClient } from '../client.js';
import type { StatementRecord } from '../model/records.js';
import { cypherInt } from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

// "Find the sentence that says X" in one request: every matching statement, best first, not one
// per entity. Sentences read and found to carry no item (role no-claim) are found too.
export const SEARCH_STATEMENTS = `
CALL db.index.fulltext.queryNodes('statement_text', $lucene, {limit: $candidates}) YIELD node AS s, score
WHERE ($sourceIds IS NULL OR s.sourceId IN $sourceIds) AND ${readable('s')}
RETURN s { .id, .sourceId, .text, .start, .end, .paragraph, .sentence, .role, .reason } AS statement, score
ORDER BY score DESC, s.sourceId, s.start
LIMIT $first`;

export interface StatementHitRow {
  statement: StatementRecord;
  score: number;
}

export async function searchStatements(
  client: GraphClient,
  params: { lucene: string; sourceIds: readonly string[] | null; first: number } & StatusFilter,
): Promise<StatementHitRow[]> {
  const rows = await client.read<{ statement: StatementRecord; score: number }>(SEARCH_STATEMENTS, {
    lucene: params.lucene,
    sourceIds: params.sourceIds && params.sourceIds.length > 0 ? [...params.sourceIds] : null,
    first: cypherInt(params.first),
    candidates: cypherInt(Math.max(50, params.first * 2)),
    ...statusParams(params.status),
  });
  return rows.map((row) => ({
    ...row,
    statement: { ...row.statement, reason: row.statement.reason ?? null },
  }));
}
