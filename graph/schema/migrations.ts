import type { Migration } from './migration.js';
import { IDS_LOOKUPS_FULL_TEXT } from './migrations/0001-ids-lookups-full-text.js';
import { ENTITY_TEXT_ON_ENTITY_LABEL } from './migrations/0002-entity-text-on-entity-label.js';
import { STORED_TIMELINE_ORDER } from './migrations/0003-stored-timeline-order.js';
import { REVIEW_STATUS_REVISIONS_TOKENS } from './migrations/0004-review-status-revisions-tokens.js';
import { EVENT_LIST_KEY } from './migrations/0005-event-list-key.js';
import { OVERVIEW_SCORE } from './migrations/0006-overview-score.js';

// Append-only: a schema change is a new file in migrations/ and one line at the end of this list
// (with its hash in tests/unit/graph-migrations.test.ts). Never edit an entry that has shipped.
export const MIGRATIONS: readonly Migration[] = [
  IDS_LOOKUPS_FULL_TEXT,
  ENTITY_TEXT_ON_ENTITY_LABEL,
  STORED_TIMELINE_ORDER,
  REVIEW_STATUS_REVISIONS_TOKENS,
  EVENT_LIST_KEY,
  OVERVIEW_SCORE,
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
