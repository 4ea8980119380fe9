import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { ViewState } from '../app/state.js';
import { currentToken } from './session.js';

// Which review statuses the graph and timeline load: accepted only, plus proposed ones while
// the "Proposed" toggle is on and a token is kept (the API answers proposed items to tokens
// only, so a shared `?proposed=1` link opened signed out still loads the read-only app).
export function shownStatuses(view: Pick<ViewState, 'proposed'>): ReviewStatus[] | null {
  return view.proposed && currentToken() ? ['ACCEPTED', 'PROPOSED'] : null;
}
