import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, NODE_LABELS, WRITE_PATH_LABELS } from '../../graph/model/labels.js';
import type { Migration } from '../../graph/schema/migration.js';
import { MIGRATIONS } from '../../graph/schema/migrations.js';

// Applied migrations are history: databases already ran their exact text. This list freezes each
// one; a new migration adds its line here, an edit to a shipped one fails the first test.
const APPLIED_MIGRATION_HASHES: Record<number, string> = {
  1: 'sha256:e6aece814fc053b527c6f365f288ec80951c861c788117d9221793a218de6c13',
  2: 'sha256:69e36b1dd0bc73efe4778ae8ca66fe538784f6fc8e7aa4c215c33d15dad53aed',
  3: 'sha256:9cd28c57e15272249113dd13f96a85623a667a20128130c3651f2a1eac7f886e',
  4: 'sha256:80a3cdac67939f5a149cd6a40951fe44e2db32354477d7125b2affcbc3999395',
  5: 'sha256:11e18b858bbcb1c253b2de1e51e652b441ccc7dfebf28df6aad59d1016c1657d',
  6: 'sha256:fb9ff2f18d05c6aa7dd6f27e541e0640af7b19f0d5337f807215edb21ff3c805',
};

function hashOf(migration: Migration): string {
  const text = JSON.stringify({ name: migration.name, statements: migration.statements });
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

describe('schema migrations', () => {
  it('keeps the text of every applied migration unchanged', () => {
    const hashes = Object.fromEntries(MIGRATIONS.map((m) => [m.version, hashOf(m)]));
    expect(hashes).toEqual(APPLIED_MIGRATION_HASHES);
  });

  it('numbers migrations 1, 2, 3… in the order they are applied', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('keeps every statement idempotent so a re-run changes nothing', () => {
    // Schema statements say IF (NOT) EXISTS; a backfill only fills what is still missing.
    for (const statement of MIGRATIONS.flatMap((m) => m.statements)) {
      expect(statement).toMatch(/ IF (NOT )?EXISTS|WHERE n\.\w+ IS NULL\s+SET n\./);
    }
  });

  it('indexes every entity kind through the Entity label, so a new kind needs no migration', () => {
    const statements = MIGRATIONS.flatMap((m) => m.statements);
    const lastEntityText = statements.filter((s) => / INDEX entity_text /.test(s)).at(-1);
    expect(lastEntityText).toContain('FOR (n:Entity)');
    expect(statements).toContain(
      'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    );
    // No migration names a label the model no longer has (a rename needs its own migration).
    const known = new Set<string>([
      ...NODE_LABELS,
      ...ENTITY_LABELS,
      ...WRITE_PATH_LABELS,
      'Entity',
      'SchemaMigration',
    ]);
    for (const label of statements.flatMap((s) =>
      [...s.matchAll(/\(\w+:([\w|]+)\)/g)].flatMap((m) => (m[1] ?? '').split('|')),
    )) {
      expect(known).toContain(label);
    }
  });
});
