import { graphqlRequest } from '../api/client.js';

// One item's review status and provenance with a page of its history (newest first), for the
// details panel. Entities are read through `entity(id)`, relationships through
// `relationship(id)`: the one operation skips the field that does not apply.
export const GET_ITEM_HISTORY_QUERY = /* GraphQL */ `
  query GetItemHistory($id: ID!, $isEdge: Boolean!, $first: Int!, $after: String) {
    entity(id: $id) @skip(if: $isEdge) { id review { ...ReviewFields } }
    relationship(id: $id) @include(if: $isEdge) { id review { ...ReviewFields } }
    history(id: $id, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at author action reason revertsId before after } }
    }
  }
  fragment ReviewFields on Review { status version createdAt createdBy updatedAt updatedBy }
`;

export interface ItemReview {
  status: 'PROPOSED' | 'ACCEPTED' | 'REJECTED';
  version: number;
  createdAt: string | null;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface HistoryRevision {
  id: string;
  at: string;
  author: string;
  action: string;
  reason: string | null;
  revertsId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface HistoryPage {
  review: ItemReview | null;
  totalCount: number;
  revisions: HistoryRevision[];
  /** The cursor of the next page; null on the last one. */
  next: string | null;
}

interface Answer {
  entity?: { review: ItemReview | null } | null;
  relationship?: { review: ItemReview | null } | null;
  history: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: HistoryRevision }[];
  };
}

export const HISTORY_PAGE_SIZE = 10;

export async function getItemHistory(
  id: string,
  after: string | null = null,
  signal?: AbortSignal,
): Promise<HistoryPage> {
  const data = await graphqlRequest<Answer>(
    GET_ITEM_HISTORY_QUERY,
    { id, isEdge: id.includes('|'), first: HISTORY_PAGE_SIZE, after },
    signal,
  );
  const { history } = data;
  return {
    review: (data.entity ?? data.relationship)?.review ?? null,
    totalCount: history.totalCount,
    revisions: history.edges.map((edge) => edge.node),
    next: history.pageInfo.hasNextPage ? history.pageInfo.endCursor : null,
  };
}
