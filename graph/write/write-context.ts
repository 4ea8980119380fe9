import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphClient, type Params, type Row, runPlain } from '../client.js';

// Who is writing and why. Every revision names the author (a token's name, `seed` or
// `ingest`), the reason given, and the source that motivated the change.
export interface Author {
  name: string;
  /** The API token's id, null for the seed loader and command-line tools. */
  tokenId: string | null;
}

export interface ChangeMeta {
  author: Author;
  reason?: string | null;
  /** The source (`source:<slug>`) that motivated the change, when there is one. */
  sourceId?: string | null;
  /** A retry with the same key (per author) returns the first answer instead of writing again. */
  idempotencyKey?: string | null;
  /**
   * Runs every step, checks included, then rolls back: nothing is stored, and the answer is what
   * would have been written. The server's start-up uses it to plan the write path's statements.
   */
  rehearsal?: boolean;
}

/** One open write transaction of the write path, with its change's identity. */
export interface WriteTx {
  client: GraphClient;
  tx: ManagedTransaction;
  /** Shared by every revision this change records. */
  changeId: string;
  meta: ChangeMeta;
  /** Ids of the revisions recorded so far, in order. */
  revisionIds: string[];
  /** Revisions recorded but not yet written (record-revision.ts flushes them before commit). */
  pendingRevisions: Row[];
  /** Items this change touched; the invariants are checked on them before commit, and the
   * timeline is re-placed once when `timeline` holds any event. */
  touched: { entities: Set<string>; relationships: Set<string>; timeline: Set<string> };
  run<T extends Row = Row>(cypher: string, params?: Params): Promise<T[]>;
}

export function openWriteTx(
  client: GraphClient,
  tx: ManagedTransaction,
  changeId: string,
  meta: ChangeMeta,
): WriteTx {
  return {
    client,
    tx,
    changeId,
    meta,
    revisionIds: [],
    pendingRevisions: [],
    touched: { entities: new Set(), relationships: new Set(), timeline: new Set() },
    run: (cypher, params = {}) => runPlain(client, tx, cypher, params),
  };
}
