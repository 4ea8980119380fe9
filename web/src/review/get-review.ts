import { graphqlRequest } from '../api/client.js';
import { REVIEW_READ_MS } from './write-budget.js';

// One source with everything it proposes, for the review screen.
export const GET_REVIEW_QUERY = /* GraphQL */ `
  query GetReview($sourceId: ID!) {
    reviewSource(sourceId: $sourceId) {
      source { id title outlet publishedAt }
      text proposed reviewed
      items {
        id itemKind label name kind status version earliest latest precision from to rule confidence
        quotes { statementId start end sentence text }
        candidates { id name score why }
      }
    }
  }
`;

export type ItemKind = 'entity' | 'event' | 'claim' | 'relationship';
export type ItemStatus = 'PROPOSED' | 'ACCEPTED' | 'REJECTED';

export interface ReviewQuote {
  statementId: string;
  start: number;
  end: number;
  sentence: number | null;
  text: string;
}

export interface ReviewItem {
  id: string;
  itemKind: ItemKind;
  label: string;
  name: string;
  kind: string | null;
  status: ItemStatus;
  version: number;
  earliest: string | null;
  latest: string | null;
  precision: string | null;
  from: string | null;
  to: string | null;
  rule: string | null;
  confidence: number | null;
  quotes: ReviewQuote[];
  candidates: { id: string; name: string; score: number; why: string }[];
}

export interface SourceReview {
  source: { id: string; title: string; outlet: string | null; publishedAt: string | null };
  text: string;
  proposed: number;
  reviewed: number;
  items: ReviewItem[];
}

export async function getReview(sourceId: string): Promise<SourceReview> {
  return (
    await graphqlRequest<{ reviewSource: SourceReview }>(
      GET_REVIEW_QUERY,
      { sourceId },
      undefined,
      REVIEW_READ_MS,
    )
  ).reviewSource;
}
