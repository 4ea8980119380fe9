import { builder } from '../../builder.js';

builder.mutationType({
  description:
    'Changes to the graph. Every one needs `Authorization: Bearer <token>` (role editor or admin), records revisions in the same transaction, and answers only after it commits.',
});
