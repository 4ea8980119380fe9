import { DEFAULT_READ_STATUSES } from '../../graph/model/review-status.js';
import { builder } from '../builder.js';
import { ReviewStatus } from './revision.js';

// The `status` argument of every read that lists entities, relationships, statements or events:
// one definition, so the default and the rule for reading proposals are the same everywhere.
// Resolvers pass the value through askedStatuses() (api/auth/read-statuses.ts).
export const statusArg = builder.args((t) => ({
  status: t.field({
    type: [ReviewStatus],
    required: false,
    defaultValue: [...DEFAULT_READ_STATUSES],
    description:
      'Review statuses to include (default: accepted items only). PROPOSED and REJECTED items need a token (any role).',
  }),
}));
