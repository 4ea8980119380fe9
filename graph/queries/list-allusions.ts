import type { GraphClient } from '../client.js';
import type { StatementRecord } from '../model/records.js';

// The article statements that only allude to these (background) events: ALLUDES_TO, not evidence.
export const LIST_ALLUSIONS = `
MATCH (s:Statement)-[:ALLUDES_TO]->(e:Event) WHERE e.id IN $eventIds
RETURN e.id AS eventId, s { .id, .sourceId, .text, .start, .end, .paragraph, .sentence, .role, .reason } AS statement
ORDER BY e.id, s.sourceId, s.start`;

export async function listAllusions(
  client: GraphClient,
  eventIds: readonly string[],
): Promise<{ eventId: string; statement: StatementRecord }[]> {
  const rows = await client.read<{ eventId: string; statement: StatementRecord }>(LIST_ALLUSIONS, {
    eventIds: [...eventIds],
  });
  return rows.map((row) => ({
    ...row,
    statement: { ...row.statement, reason: row.statement.reason ?? null },
  }));
}
