import { graphqlRequest } from '../api/client.js';
import { INGEST_MS } from './write-budget.js';

// Add an article: the API stores it and writes its proposals (or names the duplicate).
export const INGEST_SOURCE_MUTATION = /* GraphQL */ `
  mutation IngestSource($input: IngestSourceInput!) {
    ingestSource(input: $input) { source { id title } created code duplicateBy proposals { id } }
  }
`;

export interface NewSource {
  text: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface Ingested {
  source: { id: string; title: string };
  created: boolean;
  code: string | null;
  duplicateBy: 'text' | 'url' | null;
  proposals: { id: string }[];
}

export async function ingestSource(input: NewSource): Promise<Ingested> {
  return (
    await graphqlRequest<{ ingestSource: Ingested }>(INGEST_SOURCE_MUTATION, { input }, undefined, INGEST_MS)
  ).ingestSource;
}
