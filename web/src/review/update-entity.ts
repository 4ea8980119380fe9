import { graphqlRequest } from '../api/client.js';
import type { ChangeRevision } from './apply-revisions.js';
import { WRITE_MS } from './write-budget.js';

// An analyst's correction of a proposal (name, kind, dates and precision).
export const UPDATE_ENTITY_MUTATION = /* GraphQL */ `
  mutation UpdateEntity($input: UpdateEntityInput!) {
    updateEntity(input: $input) { revisions { id action targetId before after } }
  }
`;

export interface EntityEdit {
  id: string;
  expectedVersion: number;
  name?: string;
  kind?: string;
  precision?: string;
  earliest?: string;
  latest?: string;
}

export async function updateEntity(edit: EntityEdit, sourceId: string): Promise<ChangeRevision[]> {
  const input = { ...edit, motivatingSourceId: sourceId };
  const data = await graphqlRequest<{ updateEntity: { revisions: ChangeRevision[] } }>(
    UPDATE_ENTITY_MUTATION,
    { input },
    undefined,
    WRITE_MS,
  );
  return data.updateEntity.revisions;
}
