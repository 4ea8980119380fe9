import { graphqlRequest } from '../api/client.js';
import type { ChangeRevision } from './apply-revisions.js';
import { WRITE_MS } from './write-budget.js';

// A reviewer's correction of a relationship: its endpoints (a claim's holder) and role.
export const UPDATE_RELATIONSHIP_MUTATION = /* GraphQL */ `
  mutation UpdateRelationship($input: UpdateRelationshipInput!) {
    updateRelationship(input: $input) { revisions { id action targetId before after } }
  }
`;

export interface RelationshipEdit {
  id: string;
  expectedVersion: number;
  from?: string;
  to?: string;
  role?: string | null;
}

export async function updateRelationship(
  edit: RelationshipEdit,
  sourceId: string,
): Promise<ChangeRevision[]> {
  const input = { ...edit, motivatingSourceId: sourceId };
  const data = await graphqlRequest<{ updateRelationship: { revisions: ChangeRevision[] } }>(
    UPDATE_RELATIONSHIP_MUTATION,
    { input },
    undefined,
    WRITE_MS,
  );
  return data.updateRelationship.revisions;
}
