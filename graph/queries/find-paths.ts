import type { GraphClient } from '../client.js';
import type { RelationshipRecord } from '../model/records.js';
import {
  DOMAIN_TYPES,
  type EntityNode,
  entityProjection,
  relationProjection,
  relTypes,
  toEntityNode,
  toRelationRow,
} from './entity-row.js';
import { cypherInt } from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 10;

// Candidates SHORTEST looks at before the simple ones are kept: Neo4j 5 matches trails (no
// repeated relationship), which may pass a node twice; a detour through a node is never shorter
// than the path without it, so the simple paths are among the shortest few dozen trails.
const CANDIDATE_PATHS = MAX_PATHS * 5;

// Shortest simple paths (no node twice) over domain relationships, in either direction.
// Quantifier bounds cannot be parameters, so the query searches up to MAX_PATH_LENGTH and
// filters by $maxLength.
export const FIND_PATHS = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${CANDIDATE_PATHS} (a)-[:${relTypes(...DOMAIN_TYPES)}]-{1,${MAX_PATH_LENGTH}}(b)
WITH p WHERE length(p) <= $maxLength AND all(x IN nodes(p) WHERE ${readable('x')}) AND all(x IN relationships(p) WHERE ${readable('x')})
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN [x IN nodes(p) | ${entityProjection('x')}] AS nodes,
  [r IN relationships(p) | ${relationProjection('r')}] AS relations
ORDER BY length(p)
LIMIT $first`;

export interface FoundPath {
  nodes: EntityNode[];
  relations: RelationshipRecord[];
}

export async function findPaths(
  client: GraphClient,
  params: { from: string; to: string; maxLength: number; first: number } & StatusFilter,
): Promise<FoundPath[]> {
  const rows = await client.read<{ nodes: Record<string, unknown>[]; relations: Record<string, unknown>[] }>(
    FIND_PATHS,
    {
      from: params.from,
      to: params.to,
      maxLength: cypherInt(params.maxLength),
      first: cypherInt(params.first),
      ...statusParams(params.status),
    },
  );
  return rows.map((row) => ({
    nodes: row.nodes.map(toEntityNode),
    relations: row.relations.map(toRelationRow),
  }));
}
