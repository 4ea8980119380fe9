import type { Migration } from '../migration.js';

// The `events` list sorts by a key stored at write time (earliest known day, else latest, undated
// last; graph/time/store-timeline-order.ts): indexed, a page reads the first rows in order and
// stops, instead of sorting every event (issue 14).
export const EVENT_LIST_KEY: Migration = {
  version: 5,
  name: 'events list sort key',
  statements: ['CREATE INDEX event_list_key IF NOT EXISTS FOR (n:Event) ON (n.listKey)'],
};
