import type { EntityLabel } from './labels.js';

// The closed set of domain relationship types, with the endpoints each may join.
// Every one of them carries `id` and `evidenceIds` (the statements that support it).
export const RELATIONSHIP_TYPES = {
  PARTICIPATED_IN: { from: ['Actor'], to: ['Event'], doc: 'took part in an event; `role` says how' },
  HOSTED: { from: ['Actor'], to: ['Event'], doc: 'hosted an event (talks, signing)' },
  MEDIATED: { from: ['Actor'], to: ['Event'], doc: 'acted as intermediary or facilitator of an event' },
  OCCURRED_IN: { from: ['Event'], to: ['Place'], doc: 'where an event happened' },
  CONCERNS: { from: ['Event', 'Claim'], to: ['Issue'], doc: 'what an event or a claim is about' },
  PART_OF: { from: ['Event'], to: ['Event'], doc: 'an event is a round or stage of a larger one' },
  PRECEDES: { from: ['Event'], to: ['Event'], doc: 'the source event happened before the target' },
  OVERLAPS: {
    from: ['Event'],
    to: ['Event'],
    doc: 'the two events went on at the same time ("in the meantime"); neither is before the other',
  },
  HOLDS: { from: ['Actor'], to: ['Claim'], doc: 'an actor holds (states) a position' },
  ABOUT: { from: ['Claim'], to: ['Actor', 'Place', 'Event', 'Issue'], doc: 'the object of a claim' },
  ADDRESSED_TO: { from: ['Claim'], to: ['Actor'], doc: 'who a demand or appeal is addressed to' },
  OPPOSES: { from: ['Claim'], to: ['Claim'], doc: 'two claims contradict each other' },
  CLAIMS_SOVEREIGNTY: { from: ['Actor'], to: ['Place'], doc: 'an actor claims a territory as its own' },
  CONTROLS: { from: ['Actor'], to: ['Place'], doc: 'an actor controls a territory on the ground' },
  REPRESENTS: { from: ['Actor'], to: ['Actor'], doc: 'a delegation or official acts for a state' },
  MEMBER_OF: { from: ['Actor'], to: ['Actor'], doc: 'an actor is part of a group or organization' },
  LOCATED_IN: { from: ['Place'], to: ['Place'], doc: 'a place lies inside another' },
  AFFECTS: { from: ['Event', 'Issue'], to: ['Actor'], doc: 'who an event or issue affects' },
  CAUSES: {
    from: ['Event', 'Claim'],
    to: ['Event', 'Claim', 'Issue'],
    doc: 'a consequence the source states: the source brings about or intensifies the target; `role` says how',
  },
  HINDERS: {
    from: ['Event', 'Claim'],
    to: ['Event', 'Issue'],
    doc: 'the source makes the target harder to reach (fighting complicates a settlement)',
  },
  REPORTS: {
    from: ['Actor'],
    to: ['Claim'],
    doc: 'an actor reports another\'s position ("analysts note that Russia…"), without holding it',
  },
  CONCERNS_PLACE: {
    from: ['Event', 'Issue'],
    to: ['Place'],
    doc: 'a place an event or issue is about without happening there (grain shipped via the Black Sea)',
  },
} as const satisfies Record<
  string,
  { from: readonly EntityLabel[]; to: readonly EntityLabel[]; doc: string }
>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/** Every domain relationship type, in registry order. */
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, value);
}

// Structural relationships that tie the evidence layer together (not domain facts).
export const EVIDENCED_BY = 'EVIDENCED_BY' as const; // (:Entity)-[:EVIDENCED_BY]->(:Statement)
export const FROM_SOURCE = 'FROM_SOURCE' as const; // (:Statement)-[:FROM_SOURCE]->(:Source)
export const CITED_IN = 'CITED_IN' as const; // (:Event)-[:CITED_IN]->(:Source {kind:'reference'})
// An article sentence that only alludes to a background event: not its evidence (docs/model.md).
export const ALLUDES_TO = 'ALLUDES_TO' as const; // (:Statement)-[:ALLUDES_TO]->(:Event {origin:'context'})

// Types whose two ends play the same part: stored once, with the ends in id order, so the id
// `<a>|<TYPE>|<b>` does not depend on which way a source wrote it.
export const UNDIRECTED_RELATIONSHIP_TYPES: readonly RelationshipType[] = ['OPPOSES', 'OVERLAPS'];

export function isUndirected(type: RelationshipType): boolean {
  return UNDIRECTED_RELATIONSHIP_TYPES.includes(type);
}

/** The stored id of a relationship: undirected types put the smaller end id first. */
export function canonicalRelationshipId(from: string, type: RelationshipType, to: string): string {
  return isUndirected(type) && to < from ? `${to}|${type}|${from}` : `${from}|${type}|${to}`;
}
