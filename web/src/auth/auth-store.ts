import { Store } from '../app/store.js';
import type { Viewer } from './get-viewer.js';

// The signed-in viewer, one slice beside the view and data stores. Write controls subscribe to
// it and exist only while `canWrite`.
export interface AuthState {
  viewer: Viewer | null;
}

export function createAuthStore(): Store<AuthState> {
  return new Store<AuthState>({ viewer: null });
}

export function canWrite(state: AuthState): boolean {
  return state.viewer?.canWrite === true;
}
