import { ENTITY_LABELS, NODE_LABELS } from '../model/labels.js';

// Versioned schema migrations. Each statement is idempotent (IF NOT EXISTS), so applying a
// migration twice changes nothing; the version node records what has been applied.
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

const uniqueIds = [...NODE_LABELS, 'Entity'].map(
  (label) =>
    `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'ids, lookups and full-text search',
    statements: [
      'CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE',
      ...uniqueIds,
      'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
      'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
      'CREATE INDEX event_earliest IF NOT EXISTS FOR (n:Event) ON (n.earliest)',
      'CREATE INDEX event_latest IF NOT EXISTS FOR (n:Event) ON (n.latest)',
      'CREATE INDEX statement_source IF NOT EXISTS FOR (n:Statement) ON (n.sourceId, n.start)',
      `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.name, n.aliasText, n.description]`,
      'CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]',
    ],
  },
  {
    version: 2,
    name: 'stored timeline order and possible spans',
    statements: [
      'CREATE INDEX event_timeline_rank IF NOT EXISTS FOR (n:Event) ON (n.timelineRank)',
      'CREATE INDEX event_possible_start IF NOT EXISTS FOR (n:Event) ON (n.possibleStart)',
      'CREATE INDEX event_possible_end IF NOT EXISTS FOR (n:Event) ON (n.possibleEnd)',
      'CREATE INDEX event_span_days IF NOT EXISTS FOR (n:Event) ON (n.spanDays)',
    ],
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
