import { graphqlRequest } from './client.js';
import type { Quote } from './get-entity.js';

// Statements by id: the quotes behind a relationship (edges carry only their evidence ids).

export const GET_STATEMENTS_QUERY = /* GraphQL */ `
  query GetStatements($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Statement { id text start end paragraph source { id title kind } }
    }
  }
`;

export async function getStatements(ids: readonly string[], signal?: AbortSignal): Promise<Quote[]> {
  if (ids.length === 0) return [];
  const data = await graphqlRequest<{ nodes: (Quote | null)[] }>(GET_STATEMENTS_QUERY, { ids }, signal);
  return data.nodes.filter((node): node is Quote => node !== null && 'text' in node);
}
