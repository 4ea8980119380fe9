import type { GraphClient } from '../client.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.js';

export interface MigrationReport {
  applied: number[];
  version: number;
}

/** Applies every migration not yet recorded, in order, then waits for indexes to be online. */
export async function applyMigrations(client: GraphClient): Promise<MigrationReport> {
  const done = new Set(await appliedVersions(client));
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (done.has(migration.version)) continue;
    for (const statement of migration.statements) await client.runAutoCommit(statement);
    await client.write(
      'MERGE (m:SchemaMigration {version: $version}) ON CREATE SET m.name = $name, m.appliedAt = datetime()',
      { version: migration.version, name: migration.name },
    );
    applied.push(migration.version);
  }
  await client.runAutoCommit('CALL db.awaitIndexes(60)');
  return { applied, version: LATEST_SCHEMA_VERSION };
}

export async function appliedVersions(client: GraphClient): Promise<number[]> {
  const rows = await client.read<{ version: number }>(
    'MATCH (m:SchemaMigration) RETURN m.version AS version ORDER BY version',
  );
  return rows.map((row) => row.version);
}

/** True when the database holds every migration this code knows. */
export async function isSchemaCurrent(client: GraphClient): Promise<boolean> {
  const versions = await appliedVersions(client);
  return versions.includes(LATEST_SCHEMA_VERSION);
}
