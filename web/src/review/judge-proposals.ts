import { graphqlRequest } from '../api/client.js';
import type { ChangeRevision } from './apply-revisions.js';
import { WRITE_MS } from './write-budget.js';

// Accept or reject items in one transaction; the revisions come back for undo.
export const ACCEPT_PROPOSALS_MUTATION = /* GraphQL */ `
  mutation AcceptProposals($input: ReviewProposalsInput!) {
    acceptProposals(input: $input) { ids revisions { id action targetId before after } }
  }
`;
export const REJECT_PROPOSALS_MUTATION = /* GraphQL */ `
  mutation RejectProposals($input: ReviewProposalsInput!) {
    rejectProposals(input: $input) { ids revisions { id action targetId before after } }
  }
`;

type Payload = { ids: string[]; revisions: ChangeRevision[] };

export async function acceptProposals(ids: string[], sourceId: string): Promise<ChangeRevision[]> {
  const input = { ids, motivatingSourceId: sourceId };
  const data = await graphqlRequest<{ acceptProposals: Payload }>(
    ACCEPT_PROPOSALS_MUTATION,
    { input },
    undefined,
    WRITE_MS,
  );
  return data.acceptProposals.revisions;
}

export async function rejectProposals(
  ids: string[],
  reason: string,
  sourceId: string,
): Promise<ChangeRevision[]> {
  const input = { ids, reason, motivatingSourceId: sourceId };
  const data = await graphqlRequest<{ rejectProposals: Payload }>(
    REJECT_PROPOSALS_MUTATION,
    { input },
    undefined,
    WRITE_MS,
  );
  return data.rejectProposals.revisions;
}
