import type { GraphClient } from '../../graph/client.js';
import { DOMAIN_TYPES } from '../../graph/queries/entity-row.js';

// What the graph itself says, read straight from Neo4j, to check exports and the notebook
// against something other than the code paths that produced them.

export async function countEntities(client: GraphClient, labels: string[] | null = null): Promise<number> {
  const [row] = await client.read<{ n: number }>(
    'MATCH (n:Entity) WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS n',
    { labels },
  );
  return row?.n ?? 0;
}

export async function countRelationships(
  client: GraphClient,
  labels: string[] | null = null,
): Promise<number> {
  const [row] = await client.read<{ n: number }>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE type(r) IN $types
       AND ($labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
     RETURN count(r) AS n`,
    { types: DOMAIN_TYPES, labels },
  );
  return row?.n ?? 0;
}

/** The quotes behind one relationship, in reading order of their statement ids. */
export async function quotesOfRelationship(client: GraphClient, id: string): Promise<string[]> {
  const rows = await client.read<{ text: string }>(
    `MATCH ()-[r {id: $id}]->() UNWIND r.evidenceIds AS sid
     MATCH (s:Statement {id: sid})
     RETURN s.text AS text ORDER BY s.sourceId, s.start`,
    { id },
  );
  return rows.map((row) => row.text);
}

/** Distinct entities each actor is directly related to (every actor, 0 included). */
export async function actorDegrees(client: GraphClient): Promise<Record<string, number>> {
  const rows = await client.read<{ id: string; degree: number }>(
    `MATCH (a:Actor)
     OPTIONAL MATCH (a)-[r]-(m:Entity) WHERE type(r) IN $types
     RETURN a.id AS id, count(DISTINCT m) AS degree`,
    { types: DOMAIN_TYPES },
  );
  return Object.fromEntries(rows.map((row) => [row.id, row.degree]));
}

/** Undirected pairs (actor, entity) joined by at least one domain relationship. */
export async function actorLinks(
  client: GraphClient,
): Promise<{ actors: string[]; links: [string, string][] }> {
  const actors = await client.read<{ id: string }>('MATCH (a:Actor) RETURN a.id AS id ORDER BY id');
  const links = await client.read<{ a: string; m: string }>(
    'MATCH (a:Actor)-[r]-(m:Entity) WHERE type(r) IN $types RETURN DISTINCT a.id AS a, m.id AS m',
    { types: DOMAIN_TYPES },
  );
  return { actors: actors.map((row) => row.id), links: links.map((row) => [row.a, row.m]) };
}
