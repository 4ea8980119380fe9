import { graphqlRequest } from '../api/client.js';

// Sources with proposals left, oldest first.
export const LIST_REVIEW_QUEUE_QUERY = /* GraphQL */ `
  query ListReviewQueue {
    reviewQueue(first: 50) { source { id title } proposed reviewed }
  }
`;

export interface QueueEntry {
  source: { id: string; title: string };
  proposed: number;
  reviewed: number;
}

export async function listReviewQueue(): Promise<QueueEntry[]> {
  return (await graphqlRequest<{ reviewQueue: QueueEntry[] }>(LIST_REVIEW_QUEUE_QUERY)).reviewQueue;
}
