// The closed set of node labels. Cypher label text is only ever built from these
// constants, never from user input.
export const ENTITY_LABELS = ['Actor', 'Place', 'Issue', 'Event', 'Claim'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = ['Source', 'Statement', ...ENTITY_LABELS] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

// Every domain node also carries this label, so one index and one MATCH cover them all.
export const ENTITY_LABEL = 'Entity' as const;

// Seeded nodes carry this label too, so `seed --reset` can remove exactly what seeding wrote.
export const SEEDED_LABEL = 'Seeded' as const;

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}
