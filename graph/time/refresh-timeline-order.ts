import { type GraphClient, runPlain } from '../client.js';
import { storeTimelineOrder } from './store-timeline-order.js';

// The stored order (timeline rank, span, the events list's sort key) in one write transaction of
// its own. The seed loader runs it once per load; `npm start` runs it after the migrations, so a
// database written by an older version (no `listKey` yet: an empty events list) is brought up to
// date. Only events whose stored placement differs are written: on a current database, none.
export function refreshTimelineOrder(client: GraphClient): Promise<number> {
  return client.writeTx((tx) =>
    storeTimelineOrder((cypher, params = {}) => runPlain(client, tx, cypher, params)),
  );
}
