import type { Migration } from '../migration.js';

// Migration 1 indexed the five labels of its day by name, so a new entity kind would have been
// missing from search without a word. Every domain node carries `:Entity`: index that instead,
// and a new kind needs no migration at all (its ids are unique through entity_id_unique).
export const ENTITY_TEXT_ON_ENTITY_LABEL: Migration = {
  version: 2,
  name: 'full-text search over every entity kind',
  statements: [
    'DROP INDEX entity_text IF EXISTS',
    'CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]',
  ],
};
