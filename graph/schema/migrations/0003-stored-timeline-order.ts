import type { Migration } from '../migration.js';

// The timeline's order is stored on each event when the graph is written (timelineRank), and
// the "possibly overlaps" window filter reads the stored possible span: index both, so a page is
// an index seek whatever the corpus size.
export const STORED_TIMELINE_ORDER: Migration = {
  version: 3,
  name: 'stored timeline order and possible spans',
  statements: [
    'CREATE INDEX event_timeline_rank IF NOT EXISTS FOR (n:Event) ON (n.timelineRank)',
    'CREATE INDEX event_possible_start IF NOT EXISTS FOR (n:Event) ON (n.possibleStart)',
    'CREATE INDEX event_possible_end IF NOT EXISTS FOR (n:Event) ON (n.possibleEnd)',
    'CREATE INDEX event_span_days IF NOT EXISTS FOR (n:Event) ON (n.spanDays)',
  ],
};
