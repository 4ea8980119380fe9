import type { GraphClient } from '../client.js';
import type { StatementRecord } from '../model/records.js';
import { listFilter, type Page, type PageWindow, readPage, textFilter } from './page.js';
import { toStatementRecord } from './statement-row.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

// Statements of one source picked by sentence number, paragraph, role or words, in reading order:
// "the sentences that carry no claim", "what quotes sentence 20", without the whole source.
export const LIST_STATEMENTS = `
MATCH (n:Statement)
WHERE ($sourceIds IS NULL OR n.sourceId IN $sourceIds)
  AND ${readable('n')}
  AND ($sentences IS NULL OR n.sentence IN $sentences)
  AND ($paragraphs IS NULL OR n.paragraph IN $paragraphs)
  AND ($roles IS NULL OR n.role IN $roles)
  AND ($text IS NULL OR toLower(n.text) CONTAINS $text)
WITH n ORDER BY n.sourceId, n.start, n.end
WITH collect(n) AS matched
RETURN size(matched) AS total,
  [x IN matched[$offset..($offset + $limit)] | x { .id, .sourceId, .text, .start, .end, .paragraph, .sentence, .role, .reason }] AS items`;

export interface StatementFilter extends StatusFilter {
  sourceIds?: readonly string[] | null;
  sentences?: readonly number[] | null;
  paragraphs?: readonly number[] | null;
  roles?: readonly StatementRecord['role'][] | null;
  text?: string | null;
}

export function listStatements(
  client: GraphClient,
  filter: StatementFilter,
  window: PageWindow,
): Promise<Page<StatementRecord>> {
  const params = {
    sourceIds: listFilter(filter.sourceIds),
    sentences: listFilter(filter.sentences),
    paragraphs: listFilter(filter.paragraphs),
    roles: listFilter(filter.roles),
    text: textFilter(filter.text),
    ...statusParams(filter.status),
  };
  return readPage(client, LIST_STATEMENTS, params, window, toStatementRecord);
}
