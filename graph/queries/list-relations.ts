import type { GraphClient } from '../client.js';
import type { EntityLabel } from '../model/labels.js';
import type { EventOrigin, RelationshipRecord } from '../model/records.js';
import type { RelationshipType } from '../model/relationship-types.js';
import {
  type EntityNode,
  entityProjection,
  relationProjection,
  toEntityNode,
  toRelationRow,
} from './entity-row.js';
import { readable } from './status-filter.js';

export type Direction = 'out' | 'in' | 'both';

// One query per direction; the types are a parameter (`type(r) IN $types`), so the text is fixed.
const PATTERNS: Record<Direction, string> = {
  out: '(n:Entity)-[r]->(m:Entity)',
  in: '(n:Entity)<-[r]-(m:Entity)',
  both: '(n:Entity)-[r]-(m:Entity)',
};

export const LIST_RELATIONS: Record<Direction, string> = Object.fromEntries(
  Object.entries(PATTERNS).map(([direction, pattern]) => [
    direction,
    `
MATCH ${pattern}
WHERE n.id IN $ids AND type(r) IN $types AND ($target IS NULL OR $target IN labels(m)) AND ${readable('r', 'm')}
  AND ($origins IS NULL OR NOT m:Event OR m.origin IN $origins)
RETURN n.id AS key, ${relationProjection('r')} AS relation, ${entityProjection('m')} AS other
ORDER BY key, type(r), m.name, m.id`,
  ]),
) as Record<Direction, string>;

export interface RelationHit {
  /** The id of the entity we started from. */
  key: string;
  relation: RelationshipRecord;
  /** The entity at the other end. */
  other: EntityNode;
}

export interface RelationSpec {
  types: readonly RelationshipType[];
  direction: Direction;
  /** Only relationships whose other end has this label (null: any entity). */
  target?: EntityLabel | null;
  /** Only events of these origins at the other end (null: any); other labels always pass. */
  origins?: readonly EventOrigin[] | null;
}

/** Relationships of the given types around every entity in `ids`, in one round-trip. */
export async function listRelations(
  client: GraphClient,
  ids: readonly string[],
  spec: RelationSpec,
): Promise<RelationHit[]> {
  const rows = await client.read<{
    key: string;
    relation: Record<string, unknown>;
    other: Record<string, unknown>;
  }>(LIST_RELATIONS[spec.direction], {
    ids: [...ids],
    types: [...spec.types],
    target: spec.target ?? null,
    origins: spec.origins ? [...spec.origins] : null,
  });
  return rows.map((row) => ({
    key: row.key,
    relation: toRelationRow(row.relation),
    other: toEntityNode(row.other),
  }));
}
