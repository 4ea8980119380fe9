import { graphqlRequest } from '../api/client.js';
import type { ChangeRevision } from './apply-revisions.js';
import { WRITE_MS } from './write-budget.js';

// A proposed mention is an existing entity after all: merge it into that one.
export const MERGE_ENTITIES_MUTATION = /* GraphQL */ `
  mutation MergeEntities($input: MergeEntitiesInput!) {
    mergeEntities(input: $input) { revisions { id action targetId before after } }
  }
`;

export async function mergeEntities(
  keepId: string,
  mergeId: string,
  sourceId: string,
): Promise<ChangeRevision[]> {
  const input = { keepId, mergeIds: [mergeId], motivatingSourceId: sourceId };
  const data = await graphqlRequest<{ mergeEntities: { revisions: ChangeRevision[] } }>(
    MERGE_ENTITIES_MUTATION,
    { input },
    undefined,
    WRITE_MS,
  );
  return data.mergeEntities.revisions;
}
