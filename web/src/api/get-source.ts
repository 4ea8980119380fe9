import type { StatementRole } from '../reader/segments.js';
import { graphqlRequest } from './client.js';

// A source for the reader: its text and every statement in it, each with the entities it is
// evidence for (the relationships it supports come from the loaded graph).

export const GET_SOURCE_QUERY = /* GraphQL */ `
  query GetSource($id: ID!) {
    node(id: $id) {
      ... on Source {
        id kind title byline outlet url publishedAt coverage sentenceCount
        text
        statements { id start end paragraph role reason evidenceFor { id name entityKind } }
      }
    }
  }
`;

export interface SourceStatement {
  id: string;
  start: number;
  end: number;
  paragraph: number;
  role: StatementRole;
  reason: string | null;
  evidenceFor: { id: string; name: string; entityKind: string }[];
}

export interface SourceDocument {
  id: string;
  kind: 'ARTICLE' | 'REFERENCE';
  title: string;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  coverage: number | null;
  sentenceCount: number | null;
  text: string | null;
  statements: SourceStatement[];
}

export async function getSource(id: string, signal?: AbortSignal): Promise<SourceDocument | null> {
  const data = await graphqlRequest<{ node: SourceDocument | null }>(GET_SOURCE_QUERY, { id }, signal);
  return data.node && 'statements' in data.node ? data.node : null;
}
