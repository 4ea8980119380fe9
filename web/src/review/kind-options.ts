import { ACTOR_KINDS, PLACE_KINDS } from '../../../graph/model/actor-kinds.js';
import { CLAIM_STANCES } from '../../../graph/model/claim-stances.js';
import { DATE_PRECISIONS } from '../../../graph/model/date-precision.js';
import { EVENT_TYPE_NAMES } from '../../../graph/model/event-types.js';
import { ISSUE_KINDS } from '../../../graph/model/issue-kinds.js';

// The kinds an edit may choose, per label: the model's closed lists, so the form never offers
// what the API would refuse.
export const KIND_OPTIONS: Record<string, readonly string[]> = {
  Actor: ACTOR_KINDS,
  Place: PLACE_KINDS,
  Issue: ISSUE_KINDS,
  Event: EVENT_TYPE_NAMES,
  Claim: CLAIM_STANCES,
};

export const PRECISION_OPTIONS: readonly string[] = DATE_PRECISIONS;
