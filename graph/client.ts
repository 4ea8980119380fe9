import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { toPlain } from './convert.js';
import { DatabaseUnavailableError, isUnavailable, translateDriverError } from './errors.js';
import { DEFAULT_READ_STATUSES } from './model/review-status.js';

export interface GraphClientOptions {
  uri: string;
  username: string;
  password: string;
  database?: string | undefined;
  /** Attempts to reach the server at start-up, with exponential back-off between them. */
  connectAttempts?: number;
  /** First back-off delay in ms; doubles each attempt, capped at 5 s. */
  connectBackoffMs?: number;
  /** Per-transaction time limit enforced by the server, in ms. */
  transactionTimeoutMs?: number;
  /** Called with a line of progress while waiting for the server. */
  onProgress?: (message: string) => void;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** Per-call settings: the API passes what is left of a request's deadline. */
export interface ReadOptions {
  /** Server-side transaction time limit in ms; never more than the client's own limit. */
  timeoutMs?: number;
}

// Writes are the seed and migrations (admin work, one transaction each): on a loaded machine
// the seed has taken over a minute, and failing it there helps nobody. Reads stay bounded.
const WRITE_TIMEOUT_MS = 300_000;

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The one executor of the project: owns the single driver, runs every query in a managed
 * read or write transaction (so routing `neo4j://` URIs and clusters work), converts Neo4j
 * values to plain JS, and turns connectivity failures into DatabaseUnavailableError quickly.
 */
export class GraphClient {
  /** Number of Cypher statements run; tests use it to prove there is no N+1. */
  queryCount = 0;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly transactionTimeoutMs: number,
  ) {}

  static async connect(options: GraphClientOptions): Promise<GraphClient> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      // Fail fast when the server is gone instead of queueing for the default 60 s.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: 2_000,
      maxConnectionPoolSize: 50,
      disableLosslessIntegers: false,
      userAgent: 'conflict-graph/0.1',
    });
    const client = new GraphClient(driver, options.database, options.transactionTimeoutMs ?? 15_000);
    await client.waitUntilReachable(options);
    return client;
  }

  /**
   * The same connection with another cap on read transactions: the start-up warm-up reads while
   * Neo4j is cold and may take longer than any request should. Shares the driver: never close it.
   */
  withTransactionTimeout(timeoutMs: number): GraphClient {
    return new GraphClient(this.driver, this.database, timeoutMs);
  }

  private async waitUntilReachable(options: GraphClientOptions): Promise<void> {
    const attempts = options.connectAttempts ?? 8;
    let wait = options.connectBackoffMs ?? 250;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.driver.verifyConnectivity({ database: this.database });
        return;
      } catch (error) {
        if (!isUnavailable(error) || attempt >= attempts) {
          await this.driver.close();
          throw explainConnectFailure(options.uri, error);
        }
        options.onProgress?.(
          `Neo4j at ${options.uri} not reachable yet (attempt ${attempt}/${attempts}), retrying in ${wait} ms`,
        );
        await delay(wait);
        wait = Math.min(wait * 2, 5_000);
      }
    }
  }

  /** Runs one read query in a managed read transaction and returns plain rows. */
  read<T extends Row = Row>(cypher: string, params: Params = {}, options: ReadOptions = {}): Promise<T[]> {
    return this.readTx((tx) => runPlain<T>(this, tx, cypher, params), options);
  }

  /** Runs one write query in a managed write transaction and returns plain rows. */
  write<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => runPlain<T>(this, tx, cypher, params));
  }

  /** Several reads in one transaction (one consistent snapshot). */
  readTx<T>(work: Work<T>, options: ReadOptions = {}): Promise<T> {
    const timeout = Math.max(1, Math.min(options.timeoutMs ?? Infinity, this.transactionTimeoutMs));
    return this.withSession('READ', (session) => session.executeRead(work, { timeout: Math.ceil(timeout) }));
  }

  /** Several writes in one transaction: all of them land, or none does. */
  writeTx<T>(work: Work<T>): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite(work, { timeout: WRITE_TIMEOUT_MS }));
  }

  /** Schema commands (CREATE INDEX …) cannot share a transaction with data writes. */
  async runAutoCommit(cypher: string, params: Params = {}): Promise<void> {
    await this.withSession('WRITE', async (session) => {
      this.queryCount++;
      await session.run(cypher, params);
    });
  }

  /** True when the server answers a trivial query right now. */
  async ping(): Promise<boolean> {
    try {
      await this.read('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

/** Runs a statement inside a transaction and converts its rows; counts the round-trip. */
export async function runPlain<T extends Row = Row>(
  client: GraphClient,
  tx: ManagedTransaction,
  cypher: string,
  params: Params = {},
): Promise<T[]> {
  client.queryCount++;
  const result: QueryResult = await tx.run(cypher, withReadStatuses(params));
  return result.records.map((record) => toPlain(record.toObject()) as T);
}

/**
 * Every statement gets `$statuses`: read queries filter by review status with it
 * (graph/queries/status-filter.ts), accepted items only unless the caller's params say otherwise.
 */
export function withReadStatuses(params: Params): Params {
  return { statuses: DEFAULT_READ_STATUSES, ...params };
}

function explainConnectFailure(uri: string, error: unknown): Error {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && /unauthorized|authentication/i.test(detail)) {
    return new Error(
      `Neo4j at ${uri} refused the credentials (${detail}). Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
    );
  }
  return new DatabaseUnavailableError(
    `Cannot reach Neo4j at ${uri}: ${detail}. Start it (npm run neo4j), or set NEO4J_URI to a running server.`,
    { cause: error },
  );
}
