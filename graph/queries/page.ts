import neo4j, { type Integer } from 'neo4j-driver';
import type { GraphClient, Params } from '../client.js';

// Paged list queries return one row: the total count and the requested slice, so a connection
// with `totalCount` costs one round-trip.
export interface Page<T> {
  total: number;
  items: T[];
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/** The tail shared by list queries: `n` is sorted already, `projection` maps `x`. */
export function pageTail(projection: string): string {
  return `
WITH collect(n) AS matched
RETURN size(matched) AS total, [x IN matched[$offset..($offset + $limit)] | ${projection}] AS items`;
}

export async function readPage<T>(
  client: GraphClient,
  cypher: string,
  params: Params,
  window: PageWindow,
  convert: (row: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const rows = await client.read<{ total: number; items: Record<string, unknown>[] }>(cypher, {
    ...params,
    offset: cypherInt(window.offset),
    limit: cypherInt(window.limit),
  });
  const row = rows[0] ?? { total: 0, items: [] };
  return { total: row.total, items: row.items.map(convert) };
}

// The `text` filter of the list queries: case-insensitive match on name or aliases, `$text`
// already lower-cased by textFilter(). One definition so every list filters text alike.
export const NAME_OR_ALIAS_CONTAINS_TEXT =
  "($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.aliasText, '')) CONTAINS $text)";

/** Lower-cased text for CONTAINS filters, or null when there is nothing to filter by. */
export function textFilter(text: string | null | undefined): string | null {
  const trimmed = text?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

export function listFilter<T>(values: readonly T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? [...values] : null;
}

/** JS numbers travel as floats; SKIP, LIMIT and slices need Cypher integers. */
export function cypherInt(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}
