import { ACTOR_KINDS, PLACE_KINDS } from '../../graph/model/actor-kinds.js';
import { CLAIM_STANCES } from '../../graph/model/claim-stances.js';
import { DATE_PRECISIONS } from '../../graph/model/date-precision.js';
import { ENTITY_LABELS } from '../../graph/model/labels.js';
import { RELATIONSHIP_TYPES } from '../../graph/model/relationship-types.js';
import { builder } from '../builder.js';

// Enums mirror the closed unions of graph/model; GraphQL names are upper case, values are the
// stored strings, so resolvers and queries only ever see model values.
function valuesOf<T extends string>(items: readonly T[], describe?: (item: T) => string) {
  return Object.fromEntries(
    items.map((item) => [
      item.toUpperCase().replace(/-/g, '_'),
      { value: item, ...(describe ? { description: describe(item) } : {}) },
    ]),
  ) as Record<string, { value: T; description?: string }>;
}

export const EntityKind = builder.enumType('EntityKind', {
  description: 'Which kind of entity (its node label).',
  values: valuesOf(ENTITY_LABELS),
});

export const ActorKind = builder.enumType('ActorKind', { values: valuesOf(ACTOR_KINDS) });
export const PlaceKind = builder.enumType('PlaceKind', { values: valuesOf(PLACE_KINDS) });

export const ClaimStance = builder.enumType('ClaimStance', {
  description: 'The stance a claim expresses towards its object.',
  values: valuesOf(CLAIM_STANCES),
});

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How precisely a time is known; `earliest`/`latest` always hold the honest bounds.',
  values: valuesOf(DATE_PRECISIONS),
});

export const RelationType = builder.enumType('RelationType', {
  description: 'Domain relationship types between entities.',
  values: Object.fromEntries(
    Object.entries(RELATIONSHIP_TYPES).map(([type, spec]) => [type, { value: type, description: spec.doc }]),
  ) as Record<string, { value: keyof typeof RELATIONSHIP_TYPES; description: string }>,
});

export const EventOrigin = builder.enumType('EventOrigin', {
  values: {
    ARTICLE: { value: 'article', description: 'Stated by the article.' },
    CONTEXT: { value: 'context', description: 'Background event taken from cited references.' },
  } as const,
});

export const SourceKind = builder.enumType('SourceKind', {
  values: {
    ARTICLE: { value: 'article', description: 'A news article whose sentences are the evidence.' },
    REFERENCE: { value: 'reference', description: 'A reference cited to date background events.' },
  } as const,
});

export const StatementRole = builder.enumType('StatementRole', {
  values: {
    EVIDENCE: { value: 'evidence', description: 'Supports entities or relationships.' },
    NO_CLAIM: { value: 'no-claim', description: 'Read by the curator and found to carry no graph item.' },
  } as const,
});

export const TimelineMatch = builder.enumType('TimelineMatch', {
  description: 'How an event with an uncertain interval is matched against a time window.',
  values: {
    POSSIBLY: { description: 'The interval may overlap the window (unknown bounds are open).' },
    CERTAINLY: { description: 'Both bounds are known and lie inside the window.' },
  } as const,
});
