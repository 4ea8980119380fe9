import type { Migration } from '../migration.js';

// The web's first view is a bounded overview of the most connected, best evidenced entities
// (issue 14). Their score (twice the entity relationships plus the evidence statements, the
// web's label importance) is stored when the graph is written and indexed, so the overview reads
// the top of the index instead of counting every entity's relationships per request. The last
// statement fills the score in on graphs written before it existed (the write path keeps it since).
export const OVERVIEW_SCORE: Migration = {
  version: 6,
  name: 'overview score',
  statements: [
    'CREATE INDEX entity_overview_score IF NOT EXISTS FOR (n:Entity) ON (n.overviewScore)',
    `CALL () {
  MATCH (n:Entity) WHERE n.overviewScore IS NULL
  SET n.overviewScore = 2 * COUNT { (n)--(:Entity) } + COUNT { (n)-[:EVIDENCED_BY]->() }
} IN TRANSACTIONS OF 10000 ROWS`,
  ],
};
