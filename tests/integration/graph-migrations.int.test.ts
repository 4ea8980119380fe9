import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { appliedVersions, applyMigrations } from '../../graph/schema/apply-migrations.js';
import { LATEST_SCHEMA_VERSION } from '../../graph/schema/migrations.js';
import { connectTestClient } from '../support/test-neo4j.js';

interface SchemaSnapshot {
  constraints: string[];
  indexes: string[];
}

async function schemaSnapshot(client: GraphClient): Promise<SchemaSnapshot> {
  const constraints = await client.read<{ name: string }>(
    'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name',
  );
  const indexes = await client.read<{ name: string; state: string }>(
    'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name',
  );
  return {
    constraints: constraints.map((row) => row.name),
    indexes: indexes.map((row) => `${row.name}:${row.state}`),
  };
}

describe('schema migrations', () => {
  let client: GraphClient;
  beforeAll(async () => {
    client = await connectTestClient();
  });
  afterAll(async () => {
    await client.close();
  });

  it('records every migration version after the test set-up applied them', async () => {
    expect(await appliedVersions(client)).toContain(LATEST_SCHEMA_VERSION);
  });

  it('creates the id constraints and the full-text indexes queries rely on', async () => {
    const { constraints, indexes } = await schemaSnapshot(client);
    for (const label of ['entity', 'actor', 'event', 'statement', 'source']) {
      expect(constraints).toContain(`${label}_id_unique`);
    }
    expect(indexes).toContain('entity_text:ONLINE');
    expect(indexes).toContain('statement_text:ONLINE');
  });

  it('changes nothing when applied twice', async () => {
    const before = await schemaSnapshot(client);
    const report = await applyMigrations(client);
    const after = await schemaSnapshot(client);
    expect(report.applied).toEqual([]);
    expect(after).toEqual(before);
  });
});
