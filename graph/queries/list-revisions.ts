import type { GraphClient } from '../client.js';
import { type Page, type PageWindow, pageTail, readPage } from './page.js';
import { REVISION_PROJECTION, type RevisionRow, toRevisionRow } from './revision-row.js';

// An item's history, newest first. A merged id's history continues under the kept id, and the
// kept id's history includes what happened to the ids merged into it.
export const LIST_REVISIONS = `
OPTIONAL MATCH (m:MergedEntity {id: $id})
WITH [$id] + CASE WHEN m IS NULL THEN [] ELSE [m.into] END
     + COLLECT { MATCH (old:MergedEntity {into: $id}) RETURN old.id } AS ids
UNWIND ids AS target
MATCH (r:Revision {targetId: target})
WITH DISTINCT r AS r ORDER BY r.at DESC, r.seq DESC, r.id
WITH r AS n${pageTail(REVISION_PROJECTION.replace(/^r /, 'x '))}`;

export function listRevisions(
  client: GraphClient,
  id: string,
  window: PageWindow,
): Promise<Page<RevisionRow>> {
  return readPage(client, LIST_REVISIONS, { id }, window, toRevisionRow);
}

export const GET_REVISIONS = `MATCH (r:Revision) WHERE r.id IN $ids RETURN ${REVISION_PROJECTION} AS revision`;

export async function getRevisions(client: GraphClient, ids: readonly string[]): Promise<RevisionRow[]> {
  const rows = await client.read<{ revision: Record<string, unknown> }>(GET_REVISIONS, { ids: [...ids] });
  return rows.map((row) => toRevisionRow(row.revision));
}
