export const ACTOR_KINDS = ['state', 'government', 'delegation', 'organization', 'group', 'person'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PLACE_KINDS = ['country', 'city', 'region', 'territory', 'sea', 'venue', 'area'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
