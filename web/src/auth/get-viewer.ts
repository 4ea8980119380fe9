import { graphqlRequest } from '../api/client.js';

// Who the stored token names; null when signed out.
export const GET_VIEWER_QUERY = /* GraphQL */ `
  query GetViewer {
    viewer { name role canWrite }
  }
`;

export interface Viewer {
  name: string;
  role: 'reader' | 'editor' | 'admin';
  canWrite: boolean;
}

export async function getViewer(): Promise<Viewer | null> {
  return (await graphqlRequest<{ viewer: Viewer | null }>(GET_VIEWER_QUERY)).viewer;
}
