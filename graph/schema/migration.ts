// A versioned schema change. Each statement is idempotent (IF NOT EXISTS / IF EXISTS), so
// applying a migration twice changes nothing; a SchemaMigration node records what was applied.
// Statements are literal text, never built from the model: once a migration has been applied
// somewhere its text is history, and a change to the schema is a new migration
// (tests/unit/graph-migrations.test.ts holds a hash of each one).
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}
