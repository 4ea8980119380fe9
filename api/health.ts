import type { GraphClient } from '../graph/client.js';
import { isSchemaCurrent } from '../graph/schema/apply-migrations.js';

export interface Readiness {
  status: 'ok' | 'unavailable';
  neo4j: 'ok' | 'unreachable';
  schema: 'current' | 'outdated' | 'unknown';
}

const READY_TIMEOUT_MS = 2_000;

/** `/ready`: Neo4j answers and holds the schema this code expects. Never waits long. */
export async function checkReadiness(client: GraphClient): Promise<Readiness> {
  const probe = async (): Promise<Readiness> => {
    const current = await isSchemaCurrent(client);
    return { status: current ? 'ok' : 'unavailable', neo4j: 'ok', schema: current ? 'current' : 'outdated' };
  };
  const timeout = new Promise<never>((_, fail) =>
    setTimeout(() => fail(new Error('timed out')), READY_TIMEOUT_MS).unref(),
  );
  try {
    return await Promise.race([probe(), timeout]);
  } catch {
    return { status: 'unavailable', neo4j: 'unreachable', schema: 'unknown' };
  }
}
