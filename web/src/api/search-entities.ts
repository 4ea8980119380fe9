import type { EntityKind } from '../app/state.js';
import { graphqlRequest } from './client.js';

// Suggestions for the search box: ranked hits over names, aliases and quotes.

export const SEARCH_QUERY = /* GraphQL */ `
  query SearchEntities($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      score
      matchedIn
      entity { id name entityKind kind }
      snippet { text highlights { start end } }
    }
  }
`;

export interface SearchHit {
  score: number;
  matchedIn: 'NAME' | 'ALIAS' | 'DESCRIPTION' | 'STATEMENT';
  entity: { id: string; name: string; entityKind: EntityKind; kind: string };
  snippet: { text: string; highlights: { start: number; end: number }[] };
}

/** Hits with one entry per entity (the best), in rank order. */
export function uniqueByEntity(hits: readonly SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.entity.id) && seen.add(hit.entity.id));
}

export async function searchEntities(query: string, first = 10, signal?: AbortSignal): Promise<SearchHit[]> {
  if (!query.trim()) return [];
  const data = await graphqlRequest<{ search: SearchHit[] }>(SEARCH_QUERY, { query, first }, signal);
  return uniqueByEntity(data.search);
}
