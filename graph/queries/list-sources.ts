import type { GraphClient } from '../client.js';
import type { SourceRecord } from '../model/records.js';
import { listFilter, type Page, type PageWindow, readPage, textFilter } from './page.js';
import { type SourceNode, sourceProjection, toSourceNode } from './source-row.js';

// Articles first, then references; each by title and id.
export const LIST_SOURCES = `
MATCH (n:Source)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($text IS NULL OR toLower(coalesce(n.title, '')) CONTAINS $text OR toLower(coalesce(n.outlet, '')) CONTAINS $text)
WITH n ORDER BY CASE n.kind WHEN 'article' THEN 0 ELSE 1 END, n.title, n.id
WITH collect(n) AS matched
RETURN size(matched) AS total, [x IN matched[$offset..($offset + $limit)] | ${sourceProjection('x')}] AS items`;

export interface SourceFilter {
  kinds?: readonly SourceRecord['kind'][] | null;
  text?: string | null;
}

export function listSources(
  client: GraphClient,
  filter: SourceFilter,
  window: PageWindow,
): Promise<Page<SourceNode>> {
  const params = { kinds: listFilter(filter.kinds), text: textFilter(filter.text) };
  return readPage(client, LIST_SOURCES, params, window, toSourceNode);
}
