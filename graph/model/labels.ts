// The closed set of entity kinds: the one place a kind is declared. Cypher label text is only
// ever built from these names, never from user input; every other list of kinds (GraphQL enum,
// stats, web kinds, exports) is derived from this one. `plural` names the kind's list: the API's
// root connection (`actors`) and the seed files' section.
export const ENTITY_KIND_SPECS = {
  Actor: { plural: 'actors' },
  Place: { plural: 'places' },
  Issue: { plural: 'issues' },
  Event: { plural: 'events' },
  Claim: { plural: 'claims' },
} as const satisfies Record<string, { plural: string }>;

export type EntityLabel = keyof typeof ENTITY_KIND_SPECS;
export const ENTITY_LABELS = Object.keys(ENTITY_KIND_SPECS) as EntityLabel[];

export const NODE_LABELS = ['Source', 'Statement', ...ENTITY_LABELS] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export function isEntityLabel(value: string): value is EntityLabel {
  return Object.hasOwn(ENTITY_KIND_SPECS, value);
}

// Ids say their kind (`actor:ukraine`). A Map, so `constructor:x` finds nothing.
const LABEL_BY_ID_PREFIX = new Map(ENTITY_LABELS.map((label) => [label.toLowerCase(), label]));

/** The entity kind an id's prefix names, if any. */
export function entityLabelOfId(id: string): EntityLabel | undefined {
  return LABEL_BY_ID_PREFIX.get(id.slice(0, id.indexOf(':')));
}

// Bookkeeping nodes of the write path (graph/write): never domain data, never read as entities.
export const WRITE_PATH_LABELS = ['Revision', 'ApiToken', 'IdempotencyKey', 'MergedEntity'] as const;
