import type { GraphClient } from '../client.js';
import type { EntityLabel } from '../model/labels.js';
import type { StatementRecord } from '../model/records.js';
import { type EntityNode, entityProjection, toEntityNode } from './entity-row.js';
import { cypherInt } from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

// Both full-text indexes in one round-trip. Statement hits count for the entities they
// evidence; name/alias hits weigh double so "Kyiv" ranks Ukraine above the sentences naming it.
// A context event's quotes are only allusions to it (docs/model.md § "Allusion rule"), so the
// article's words never find it: it is found by its own name, aliases and description.
// `$origins` filters events by origin (other entities pass).
// Lucene scores words, not wholes: "Russia" ranked "Families in Russia and Ukraine" above the
// actor Russia, and a claim's own quote ranked it second. So an exact name or alias ($exact), and
// a statement that holds the whole typed phrase ($phrase, three words or more), weigh triple.
export const SEARCH_ENTITIES = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $lucene, {limit: $candidates}) YIELD node, score
  WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
    AND ($origins IS NULL OR NOT node:Event OR node.origin IN $origins)
  WITH node, score,
       toLower(node.name) = $exact OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact) AS exact
  RETURN node AS n, score * 2.0 * (CASE WHEN exact THEN 3.0 ELSE 1.0 END) AS score, null AS statement
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $lucene, {limit: $candidates}) YIELD node AS hit, score
  MATCH (n:Entity)-[:EVIDENCED_BY]->(hit)
  WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
    AND coalesce(n.origin, 'article') <> 'context'
    AND ($origins IS NULL OR NOT n:Event OR n.origin IN $origins)
  RETURN n, score * (CASE WHEN $phrase IS NOT NULL AND toLower(hit.text) CONTAINS $phrase THEN 3.0 ELSE 1.0 END) AS score,
         hit AS statement
}
WITH n, score, statement WHERE ${readable('n')}
WITH n, score, statement ORDER BY score DESC
WITH n, collect({score: score, statement: statement})[0] AS best
WITH n, best.score AS score, best.statement AS st
RETURN ${entityProjection('n')} AS entity, score,
  st { .id, .sourceId, .text, .start, .end, .paragraph, .sentence, .role, .reason } AS statement
ORDER BY score DESC, n.name, n.id
LIMIT $first`;

export interface SearchRow {
  entity: EntityNode;
  score: number;
  /** The statement that matched, when the hit came from statement text. */
  statement: StatementRecord | null;
}

export interface SearchParams extends StatusFilter {
  /** A Lucene query built by buildLuceneQuery(), never raw user input. */
  lucene: string;
  /** What was typed, as typed (compared, never parsed): exact names and quoted phrases rank first. */
  typed?: string;
  labels: readonly EntityLabel[] | null;
  /** Event origins to keep ('article', 'context'); null keeps both. */
  origins?: readonly string[] | null;
  first: number;
}

/** The typed text lower-cased with its spaces collapsed; a phrase only from three words up. */
function exactForms(typed: string): { exact: string; phrase: string | null } {
  const exact = typed.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return { exact, phrase: exact.split(' ').length >= 3 ? exact : null };
}

export async function searchEntities(client: GraphClient, params: SearchParams): Promise<SearchRow[]> {
  const rows = await client.read<{
    entity: Record<string, unknown>;
    score: number;
    statement: StatementRecord | null;
  }>(SEARCH_ENTITIES, {
    lucene: params.lucene,
    ...exactForms(params.typed ?? ''),
    labels: params.labels && params.labels.length > 0 ? [...params.labels] : null,
    origins: params.origins && params.origins.length > 0 ? [...params.origins] : null,
    first: cypherInt(params.first),
    candidates: cypherInt(Math.max(50, params.first * 5)),
    ...statusParams(params.status),
  });
  return rows.map((row) => ({
    entity: toEntityNode(row.entity),
    score: row.score,
    statement: row.statement,
  }));
}
