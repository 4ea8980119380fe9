import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

// `npm run schema:print` writes api/schema.graphql, the contract the web app and notebooks
// build against; tests/schema/schema.test.ts fails when the file is stale.
export const SCHEMA_FILE = fileURLToPath(new URL('./schema.graphql', import.meta.url));

export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

// `--stdout` prints instead of writing (the schema test compares that with the file).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--stdout')) process.stdout.write(printApiSchema());
  else {
    writeFileSync(SCHEMA_FILE, printApiSchema());
    console.log(`Wrote ${SCHEMA_FILE}`);
  }
}
