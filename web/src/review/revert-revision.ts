import { graphqlRequest } from '../api/client.js';
import { WRITE_MS } from './write-budget.js';

// Undo: revert one revision (the screen reverts a change's revisions newest first).
export const REVERT_MUTATION = /* GraphQL */ `
  mutation Revert($input: RevertInput!) {
    revert(input: $input) { targetId }
  }
`;

export async function revertRevision(revisionId: string): Promise<void> {
  await graphqlRequest(REVERT_MUTATION, { input: { revisionId } }, undefined, WRITE_MS);
}
