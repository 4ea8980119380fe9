import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphClient, runPlain } from '../../graph/client.js';
import { connectTestClient } from '../support/test-neo4j.js';

describe('GraphClient', () => {
  let client: GraphClient;
  beforeAll(async () => {
    client = await connectTestClient();
  });
  afterAll(async () => {
    await client.write('MATCH (n:ClientTestProbe) DELETE n');
    await client.close();
  });

  it('converts Neo4j integers and dates to plain JS values', async () => {
    const [row] = await client.read('RETURN 42 AS answer, date("2025-06-02") AS day, [1, 2] AS list');
    expect(row).toEqual({ answer: 42, day: '2025-06-02', list: [1, 2] });
  });

  it('retries a write transaction that fails with a transient error, then commits once', async () => {
    let attempts = 0;
    const result = await client.writeTx(async (tx) => {
      attempts++;
      await runPlain(client, tx, 'CREATE (:ClientTestProbe {attempt: $attempt})', { attempt: attempts });
      if (attempts === 1) {
        throw new Neo4jError('simulated deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '', '');
      }
      return attempts;
    });
    expect(result).toBe(2);
    const rows = await client.read<{ attempt: number }>(
      'MATCH (n:ClientTestProbe) RETURN n.attempt AS attempt',
    );
    // The first attempt was rolled back: only the retry's node exists.
    expect(rows).toEqual([{ attempt: 2 }]);
  });

  it('rolls back every statement of a transaction that fails for good', async () => {
    const failing = client.writeTx(async (tx) => {
      await runPlain(client, tx, 'CREATE (:ClientTestProbe {attempt: -1})');
      await runPlain(client, tx, 'RETURN 1/0 AS boom');
    });
    await expect(failing).rejects.toThrow(/by zero/i);
    const rows = await client.read('MATCH (n:ClientTestProbe {attempt: -1}) RETURN n');
    expect(rows).toEqual([]);
  });

  it('counts every Cypher round-trip it makes', async () => {
    const before = client.queryCount;
    await client.read('RETURN 1');
    await client.readTx(async (tx) => {
      await runPlain(client, tx, 'RETURN 1');
      await runPlain(client, tx, 'RETURN 2');
    });
    expect(client.queryCount - before).toBe(3);
  });
});
