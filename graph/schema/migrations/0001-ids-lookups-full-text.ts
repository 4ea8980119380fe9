import type { Migration } from '../migration.js';

export const IDS_LOOKUPS_FULL_TEXT: Migration = {
  version: 1,
  name: 'ids, lookups and full-text search',
  statements: [
    'CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE',
    'CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT statement_id_unique IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT place_id_unique IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT issue_id_unique IF NOT EXISTS FOR (n:Issue) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT claim_id_unique IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
    'CREATE INDEX event_earliest IF NOT EXISTS FOR (n:Event) ON (n.earliest)',
    'CREATE INDEX event_latest IF NOT EXISTS FOR (n:Event) ON (n.latest)',
    'CREATE INDEX statement_source IF NOT EXISTS FOR (n:Statement) ON (n.sourceId, n.start)',
    'CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Actor|Place|Issue|Event|Claim) ON EACH [n.name, n.aliasText, n.description]',
    'CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]',
  ],
};
