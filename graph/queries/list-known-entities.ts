import type { GraphClient } from '../client.js';
import { hasReadStatus, readable } from './status-filter.js';

// The known graph ingestion resolves against: accepted entities with their names, aliases and
// kinds (the gazetteer), and the event roles that cross-source event matching compares.
export const LIST_KNOWN_ENTITIES = `
MATCH (n:Entity) WHERE ${hasReadStatus('n')}
OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(:Statement)-[:FROM_SOURCE]->(src:Source)
WITH n, toFloat(count(DISTINCT src)) AS sourceCount
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, coalesce(n.kind, '') AS kind,
  coalesce(n.name, n.id) AS name, coalesce(n.aliases, []) AS aliases, n.description AS description,
  toString(n.earliest) AS earliest, toString(n.latest) AS latest, sourceCount
ORDER BY id`;

export const LIST_KNOWN_EVENT_ROLES = `
MATCH (a:Entity)-[r:PARTICIPATED_IN|HOSTED|MEDIATED|OCCURRED_IN]->(b:Entity)
WHERE ${readable('a', 'r', 'b')}
RETURN type(r) AS type, a.id AS from, b.id AS to`;

export type KnownEntityRow = {
  id: string;
  label: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  earliest: string | null;
  latest: string | null;
  sourceCount: number;
};

export type KnownRoleRow = {
  type: string;
  from: string;
  to: string;
};

export async function listKnownEntities(client: GraphClient): Promise<KnownEntities> {
  const [entities, relationships] = await Promise.all([
    client.read<KnownEntityRow>(LIST_KNOWN_ENTITIES),
    client.read<KnownRoleRow>(LIST_KNOWN_EVENT_ROLES),
  ]);
  return { entities, relationships };
}

export type KnownEntities = { entities: KnownEntityRow[]; relationships: KnownRoleRow[] };

// The known graph holds ACCEPTED items only, so ingesting (which writes PROPOSED ones) never
// changes it: one read serves a whole run of ingests. Every other change in this process
// forgets it (forgetKnownEntities, from runChange), and it is read again after MAX_AGE_MS in
// any case, so accepted items written by another process (a reseed) are seen soon after.
const MAX_AGE_MS = 60_000;
const cache = new WeakMap<GraphClient, { at: number; known: Promise<KnownEntities> }>();

export function listKnownEntitiesCached(client: GraphClient, now = Date.now()): Promise<KnownEntities> {
  const hit = cache.get(client);
  if (hit && now - hit.at < MAX_AGE_MS) return hit.known;
  const known = listKnownEntities(client);
  cache.set(client, { at: now, known });
  // A failed read is not kept: the next call tries again.
  known.catch(() => {
    if (cache.get(client)?.known === known) cache.delete(client);
  });
  return known;
}

export function forgetKnownEntities(client: GraphClient): void {
  cache.delete(client);
}
