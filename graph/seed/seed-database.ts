import type { GraphClient } from '../client.js';

// Placeholder hook: the seeds work (issue 3) replaces this with the real loader.
export interface SeedOptions {
  reset?: boolean;
  seedsDir?: string;
  log?: (line: string) => void;
}

export interface SeedReport {
  counts: Record<string, number>;
}

export async function seedDatabase(_client: GraphClient, _options: SeedOptions = {}): Promise<SeedReport> {
  return { counts: {} };
}

/** True when no seeded data is present yet (npm start seeds only then). */
export async function isDatabaseEmpty(client: GraphClient): Promise<boolean> {
  const rows = await client.read<{ n: number }>('MATCH (n:Entity) RETURN count(n) AS n');
  return (rows[0]?.n ?? 0) === 0;
}
