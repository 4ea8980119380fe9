import { ENTITY_LABELS, type EntityLabel } from '../graph/model/labels.js';
import {
  canonicalRelationshipId,
  isRelationshipType,
  RELATIONSHIP_TYPES,
} from '../graph/model/relationship-types.js';
import { BadUserInputError } from './errors.js';

// Our stable ids already say what they are (`actor:ukraine`), so the relay global id is the
// id itself: notebooks and URLs stay readable, and `node(id:)` takes what every query returns.
// A Map, not an object literal: `constructor:x` must not find Object.prototype.constructor.
const TYPENAME_BY_PREFIX = new Map<string, string>([
  ['source', 'Source'],
  ['statement', 'Statement'],
  ...ENTITY_LABELS.map((label): [string, string] => [label.toLowerCase(), label]),
]);

const ID_PATTERN = /^([a-z]+):(.+)$/;

export function encodeGlobalId(_typename: string, id: string | number | bigint): string {
  return String(id);
}

/** Reads the type from the id's prefix; an unknown prefix is the client's mistake. */
export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const prefix = ID_PATTERN.exec(globalId)?.[1];
  const typename = prefix ? TYPENAME_BY_PREFIX.get(prefix) : undefined;
  if (!typename) {
    throw new BadUserInputError(
      `"${globalId}" is not an id of this graph: ids look like actor:ukraine, event:<slug>, source:<slug> or statement:<slug>:<start>-<end>.`,
      'id',
    );
  }
  return { typename, id: globalId };
}

/** The label of an entity id, or a BAD_USER_INPUT error naming the argument. */
export function entityLabelOf(id: string, argument: string): EntityLabel {
  const { typename } = decodeGlobalId(id);
  const label = ENTITY_LABELS.find((l) => l === typename);
  if (!label) {
    throw new BadUserInputError(
      `"${id}" is not an entity id (${ENTITY_LABELS.map((l) => `${l.toLowerCase()}:`).join(', ')}).`,
      argument,
    );
  }
  return label;
}

/** Checks that every id of a filter argument names an entity of the expected label. */
export function idsOf(
  ids: readonly string[] | null | undefined,
  label: EntityLabel,
  argument: string,
): string[] | null {
  if (!ids) return null;
  for (const id of ids) {
    if (entityLabelOf(id, argument) !== label) {
      throw new BadUserInputError(
        `"${argument}" takes ${label.toLowerCase()} ids (${label.toLowerCase()}:…), got "${id}".`,
        argument,
      );
    }
  }
  return [...ids];
}

const RELATIONSHIP_ID = /^([a-z]+:[^|]+)\|([A-Z_]+)\|([a-z]+:[^|]+)$/;

/** The two entity ids a relationship id `<from>|<TYPE>|<to>` names, or a BAD_USER_INPUT error. */
export function relationshipEndsOf(id: string, argument: string): [string, string] {
  const match = RELATIONSHIP_ID.exec(id);
  if (!match) {
    throw new BadUserInputError(
      `"${id}" is not a relationship id: they look like actor:ukraine|PARTICIPATED_IN|event:<slug>.`,
      argument,
    );
  }
  return [match[1] as string, match[3] as string];
}

/**
 * The stored id a relationship id stands for: an undirected type (OPPOSES) may be written either
 * way round; an unknown type is the client's mistake and the error lists the valid ones.
 */
export function canonicalRelationshipIdOf(id: string, argument: string): string {
  const [from, to] = relationshipEndsOf(id, argument);
  const type = id.slice(from.length + 1, id.length - to.length - 1);
  if (!isRelationshipType(type)) {
    throw new BadUserInputError(
      `"${type}" in "${id}" is not a relationship type. Valid types: ${Object.keys(RELATIONSHIP_TYPES).join(', ')}.`,
      argument,
    );
  }
  return canonicalRelationshipId(from, type, to);
}
