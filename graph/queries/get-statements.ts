import type { GraphClient } from '../client.js';
import type { StatementRecord } from '../model/records.js';

export const GET_STATEMENTS = `
MATCH (s:Statement) WHERE s.id IN $ids
RETURN s { .id, .sourceId, .text, .start, .end, .paragraph, .sentence, .role, .reason } AS statement`;

/** The statements with these ids, in no particular order. */
export async function getStatements(client: GraphClient, ids: readonly string[]): Promise<StatementRecord[]> {
  const rows = await client.read<{ statement: StatementRecord }>(GET_STATEMENTS, { ids: [...ids] });
  return rows.map((row) => ({ ...row.statement, reason: row.statement.reason ?? null }));
}
