import { graphqlRequest } from '../api/client.js';
import type { ChangeRevision } from './apply-revisions.js';
import { WRITE_MS } from './write-budget.js';

// Undo: revert one revision (the screen reverts a change's revisions newest first).
export const REVERT_MUTATION = /* GraphQL */ `
  mutation Revert($input: RevertInput!) {
    revert(input: $input) { targetId revisions { id action targetId before after } }
  }
`;

export async function revertRevision(revisionId: string): Promise<ChangeRevision[]> {
  const data = await graphqlRequest<{ revert: { revisions: ChangeRevision[] } }>(
    REVERT_MUTATION,
    { input: { revisionId } },
    undefined,
    WRITE_MS,
  );
  return data.revert.revisions;
}
