import { graphqlRequest } from './client.js';

// The articles the reader can open.

export const LIST_SOURCES_QUERY = /* GraphQL */ `
  query ListSources {
    sources(kinds: [ARTICLE], first: 100) {
      edges { node { id title byline outlet } }
    }
  }
`;

export interface SourceSummary {
  id: string;
  title: string;
  byline: string | null;
  outlet: string | null;
}

export async function listSources(signal?: AbortSignal): Promise<SourceSummary[]> {
  const data = await graphqlRequest<{ sources: { edges: { node: SourceSummary }[] } }>(
    LIST_SOURCES_QUERY,
    {},
    signal,
  );
  return data.sources.edges.map((edge) => edge.node);
}
