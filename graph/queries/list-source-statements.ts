import type { GraphClient } from '../client.js';
import type { StatementRecord } from '../model/records.js';
import { readable } from './status-filter.js';

export const LIST_SOURCE_STATEMENTS = `
MATCH (s:Statement) WHERE s.sourceId IN $sourceIds AND ($roles IS NULL OR s.role IN $roles) AND ${readable('s')}
RETURN s { .id, .sourceId, .text, .start, .end, .paragraph, .sentence, .role, .reason } AS statement
ORDER BY s.sourceId, s.start, s.end`;

/** The statements of these sources in reading order; `roles` null means every role. */
export async function listSourceStatements(
  client: GraphClient,
  sourceIds: readonly string[],
  roles: readonly string[] | null,
): Promise<StatementRecord[]> {
  const rows = await client.read<{ statement: StatementRecord }>(LIST_SOURCE_STATEMENTS, {
    sourceIds: [...sourceIds],
    roles: roles ? [...roles] : null,
  });
  return rows.map((row) => ({ ...row.statement, reason: row.statement.reason ?? null }));
}
