import type { Migration } from '../migration.js';

// The write path (issue 11): revisions found by their target, API tokens by their hash,
// idempotency keys and merge redirects unique, sources found by content hash and canonical URL.
// Items stored before review statuses existed have no `status`: reads count them as ACCEPTED.
export const REVIEW_STATUS_REVISIONS_TOKENS: Migration = {
  version: 4,
  name: 'review status, revisions, API tokens and idempotency keys',
  statements: [
    'CREATE CONSTRAINT revision_id_unique IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE',
    'CREATE INDEX revision_target IF NOT EXISTS FOR (r:Revision) ON (r.targetId, r.at)',
    'CREATE CONSTRAINT api_token_id_unique IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE',
    'CREATE CONSTRAINT api_token_hash_unique IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE',
    'CREATE CONSTRAINT idempotency_key_unique IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.id IS UNIQUE',
    'CREATE CONSTRAINT merged_entity_id_unique IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.id IS UNIQUE',
    'CREATE INDEX entity_status IF NOT EXISTS FOR (n:Entity) ON (n.status)',
    'CREATE INDEX source_content_hash IF NOT EXISTS FOR (n:Source) ON (n.contentHash)',
    'CREATE INDEX source_canonical_url IF NOT EXISTS FOR (n:Source) ON (n.canonicalUrl)',
  ],
};
