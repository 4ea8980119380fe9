import type { EntityKind } from '../app/state.js';
import type { DatePrecision, EventOrigin } from '../graph/model.js';
import { graphqlRequest } from './client.js';

// Everything the details panel shows about one entity besides its relationships (which the
// loaded graph already holds): names, description, time, evidence quotes with their source.

export const GET_ENTITY_QUERY = /* GraphQL */ `
  query GetEntity($id: ID!) {
    node(id: $id) {
      ... on Entity {
        id name kind entityKind aliases description
        evidence { ...QuoteFields }
        disagreements { field note values { value source { id title } } }
      }
      ... on Event {
        origin precision earliest latest relativePhrase
        citedIn { id title outlet url reliability }
      }
      ... on Actor { wikidataId }
      ... on Place { wikidataId }
    }
  }
  fragment QuoteFields on Statement { id text start end paragraph source { id title kind } }
`;

export interface Quote {
  id: string;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  source: { id: string; title: string; kind: 'ARTICLE' | 'REFERENCE' };
}

export interface Disagreement {
  field: string;
  note: string | null;
  values: { value: string; source: { id: string; title: string } | null }[];
}

export interface Citation {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  reliability: string | null;
}

export interface EntityDetails {
  id: string;
  name: string;
  kind: string;
  entityKind: EntityKind;
  aliases: string[];
  description: string | null;
  evidence: Quote[];
  disagreements: Disagreement[];
  origin?: EventOrigin;
  precision?: DatePrecision;
  earliest?: string | null;
  latest?: string | null;
  relativePhrase?: string | null;
  citedIn?: Citation[];
  wikidataId?: string | null;
}

export async function getEntity(id: string, signal?: AbortSignal): Promise<EntityDetails | null> {
  const data = await graphqlRequest<{ node: EntityDetails | null }>(GET_ENTITY_QUERY, { id }, signal);
  return data.node && 'name' in data.node ? data.node : null;
}
