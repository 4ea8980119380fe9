import { type GraphClient, runPlain } from '../../graph/client.js';
import { storeTimelineOrder } from '../../graph/time/store-timeline-order.js';
import { CORPUS_PREFIX } from './generate-corpus.js';

/** Deletes a generated corpus in batches (auto-commit), then restores the remaining order. */
export async function removeCorpus(writer: GraphClient): Promise<void> {
  await writer.runAutoCommit(
    'MATCH (n:Seeded) WHERE n.id CONTAINS $marker CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    { marker: `:${CORPUS_PREFIX}` },
  );
  await writer.writeTx((tx) =>
    storeTimelineOrder((cypher, params = {}) => runPlain(writer, tx, cypher, params)),
  );
}
