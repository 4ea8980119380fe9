import type { GraphClient } from '../client.js';
import type { StatementRecord } from '../model/records.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../model/review-status.js';
import { readable } from './status-filter.js';

export const GET_STATEMENTS = `
MATCH (s:Statement) WHERE s.id IN $ids AND ${readable('s')}
RETURN s { .id, .sourceId, .text, .start, .end, .paragraph, .sentence, .role, .reason } AS statement`;

/** The statements with these ids and one of `statuses` (default: any), in no particular order. */
export async function getStatements(
  client: GraphClient,
  ids: readonly string[],
  statuses: readonly ReviewStatus[] = REVIEW_STATUSES,
): Promise<StatementRecord[]> {
  const rows = await client.read<{ statement: StatementRecord }>(GET_STATEMENTS, {
    ids: [...ids],
    statuses: [...statuses],
  });
  return rows.map((row) => ({ ...row.statement, reason: row.statement.reason ?? null }));
}
