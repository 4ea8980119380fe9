import { randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { GraphClient } from '../client.js';
import { endsOfRelationship, storeOverviewScores } from '../overview/store-overview-scores.js';
import { forgetKnownEntities } from '../queries/list-known-entities.js';
import { storeTimelineOrder } from '../time/store-timeline-order.js';
import { checkInvariants } from './check-invariants.js';
import { flushRevisions } from './record-revision.js';
import { type ChangeMeta, openWriteTx, type WriteTx } from './write-context.js';
import { badInput } from './write-errors.js';

// The frame of every change: one explicit write transaction that does the work, records its
// revisions, checks the invariants and stores the idempotency key, then commits. The caller gets
// the result only after the commit, so an acknowledged write is a durable one.
export interface ChangeResult {
  revisionIds: string[];
  /** True when this answer is the stored answer of an earlier call with the same key. */
  replayed: boolean;
}

export const READ_IDEMPOTENCY_KEY =
  'MATCH (k:IdempotencyKey {id: $id}) RETURN k.change AS change, k.result AS result';

export const STORE_IDEMPOTENCY_KEY = `
CREATE (k:IdempotencyKey {id: $id, change: $change, result: $result, at: datetime()})
RETURN k.id AS id`;

export async function runChange<T extends object>(
  client: GraphClient,
  change: string,
  meta: ChangeMeta,
  work: (w: WriteTx) => Promise<T>,
): Promise<T & ChangeResult> {
  const keyId = meta.idempotencyKey
    ? `${meta.author.tokenId ?? meta.author.name}:${meta.idempotencyKey}`
    : null;
  const attempt = () =>
    client.writeTx(async (tx) => {
      const w = openWriteTx(client, tx, `change:${randomUUID()}`, meta);
      if (keyId) {
        const [stored] = await w.run<{ change: string; result: string }>(READ_IDEMPOTENCY_KEY, { id: keyId });
        if (stored) return replay<T>(stored, change);
      }
      const result = { ...(await work(w)), revisionIds: w.revisionIds };
      if (w.touched.timeline.size > 0) await storeTimelineOrder(w.run);
      await storeOverviewScores(w.run, [
        ...w.touched.entities,
        ...[...w.touched.relationships].flatMap(endsOfRelationship),
      ]);
      await flushRevisions(w);
      await checkInvariants(w);
      if (keyId) {
        await w.run(STORE_IDEMPOTENCY_KEY, { id: keyId, change, result: JSON.stringify(result) });
      }
      // Thrown inside the transaction function, so the driver rolls everything back.
      if (meta.rehearsal) throw new Rehearsed({ ...result, replayed: false });
      return { ...result, replayed: false };
    });
  try {
    const result = await attempt();
    // Ingestion writes PROPOSED items only; any other change may alter what ingestion resolves against.
    if (change !== 'ingestSource') forgetKnownEntities(client);
    return result;
  } catch (error) {
    if (error instanceof Rehearsed) return error.result as T & ChangeResult;
    // Two calls with one key at once: the second fails on the key's unique constraint after the
    // first commits, and then answers what the first stored.
    if (keyId && isConstraintViolation(error)) return attempt();
    throw error;
  }
}

/** Carries a rehearsal's answer out of the transaction it rolls back. */
class Rehearsed extends Error {
  constructor(readonly result: object) {
    super('Rehearsal: rolled back on purpose.');
  }
}

function replay<T>(stored: { change: string; result: string }, change: string): T & ChangeResult {
  if (stored.change !== change) {
    throw badInput(
      `This idempotency key was already used for ${stored.change}; use a new key for ${change}.`,
      'idempotencyKey',
    );
  }
  return { ...(JSON.parse(stored.result) as T & ChangeResult), replayed: true };
}

function isConstraintViolation(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
