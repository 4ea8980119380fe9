import { z } from 'zod';
import { ACTOR_KINDS, PLACE_KINDS } from '../model/actor-kinds.js';
import { CLAIM_STANCES } from '../model/claim-stances.js';
import { DATE_PRECISIONS } from '../model/date-precision.js';
import { EVENT_TYPE_NAMES } from '../model/event-types.js';
import { ISSUE_KINDS } from '../model/issue-kinds.js';
import { ENTITY_LABELS } from '../model/labels.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import { isCalendarDate } from '../time/calendar-date.js';

// The shape of the three YAML files of one seed source (docs/model.md § "Seed files").
// Objects are strict, so a misspelt field is reported instead of silently ignored.

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

function entityId(prefix: string) {
  return z.string().regex(new RegExp(`^${prefix}:${SLUG}$`), {
    error: `must look like ${prefix}:<lower-case-words-joined-by-hyphens>`,
  });
}

// Id prefixes come from the registry, so a new kind is a valid reference target without an edit here.
const ID_PREFIXES = ENTITY_LABELS.map((label) => label.toLowerCase()).join('|');

export const anyEntityId = z.string().regex(new RegExp(`^(${ID_PREFIXES}):${SLUG}$`), {
  error: 'must be an entity id such as actor:ukraine or event:istanbul-talks',
});

export const isoDate = z
  .string({ error: "must be a quoted date 'YYYY-MM-DD'" })
  .refine(isCalendarDate, { error: (issue) => `'${String(issue.input)}' is not a calendar date YYYY-MM-DD` });

const text = z.string().trim().min(1, { error: 'must not be empty' });

const quoteText = z
  .string()
  .min(1, { error: 'a quote must not be empty' })
  .refine((q) => q.trim() === q, { error: 'a quote must not start or end with spaces' });

/** One evidence quote: the exact words, plus which occurrence when they appear more than once. */
export const evidenceRef = z.union([
  quoteText,
  z.strictObject({ quote: quoteText, occurrence: z.number().int().min(1).optional() }),
]);
export type EvidenceRef = z.infer<typeof evidenceRef>;

// Missing evidence is checked later, so it gets its own clear problem code.
const evidence = z.array(evidenceRef).default([]);

const entityBase = {
  name: text,
  aliases: z.array(text).default([]),
  description: text.nullish(),
  /** Why an evidenced entity has no relationship (docs/model.md § "Evidence rule"). */
  unlinked: text.nullish(),
  evidence,
};
const wikidataId = z
  .string()
  .regex(/^Q\d+$/, { error: 'must be a Wikidata item id like Q212' })
  .nullish();

const actor = z.strictObject({ id: entityId('actor'), kind: z.enum(ACTOR_KINDS), wikidataId, ...entityBase });
const place = z.strictObject({ id: entityId('place'), kind: z.enum(PLACE_KINDS), wikidataId, ...entityBase });
const issue = z.strictObject({ id: entityId('issue'), kind: z.enum(ISSUE_KINDS), ...entityBase });
const claim = z.strictObject({ id: entityId('claim'), stance: z.enum(CLAIM_STANCES), ...entityBase });

export const eventTime = z.strictObject({
  precision: z.enum(DATE_PRECISIONS),
  earliest: isoDate.nullish(),
  latest: isoDate.nullish(),
  relativePhrase: text.nullish(),
});
export type EventTime = z.infer<typeof eventTime>;

const event = z.strictObject({
  id: entityId('event'),
  kind: z.enum(EVENT_TYPE_NAMES),
  time: eventTime,
  ...entityBase,
});

const idOrIds = z.union([anyEntityId, z.array(anyEntityId).min(1)]);
const relationshipType = z.enum(Object.keys(RELATIONSHIP_TYPES) as [RelationshipType, ...RelationshipType[]]);

const relationship = z.strictObject({
  from: idOrIds,
  type: relationshipType,
  to: idOrIds,
  role: text.nullish(),
  note: text.nullish(),
  /** Why the relationship is read into evidence that does not name both ends (docs/model.md). */
  inference: text.nullish(),
  evidence,
});

/** A phrase of the article that names several entities at once ("both sides"), read as them. */
const coreference = z.strictObject({
  phrase: quoteText,
  refersTo: z.array(anyEntityId).min(1),
  reason: text.nullish(),
});

const noClaim = z.strictObject({ sentence: quoteText, reason: text });

export const statementsFile = z.strictObject({
  actors: z.array(actor).default([]),
  places: z.array(place).default([]),
  issues: z.array(issue).default([]),
  events: z.array(event).default([]),
  claims: z.array(claim).default([]),
  relationships: z.array(relationship).default([]),
  coreferences: z.array(coreference).default([]),
  noClaim: z.array(noClaim).default([]),
});
export type StatementsFile = z.infer<typeof statementsFile>;

export const sourceFile = z.strictObject({
  title: text,
  byline: text.nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'must be a language tag like en' }),
  outlet: text.nullable(),
  url: z.url().nullable(),
  published: z.strictObject({ precision: z.enum(DATE_PRECISIONS), date: isoDate.nullable() }),
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'must be sha256:<64 hex digits>' }),
});
export type SourceFile = z.infer<typeof sourceFile>;

export const citation = z.strictObject({
  title: text,
  outlet: text,
  url: z.url(),
  reliability: z.enum(['outlet', 'repost', 'reference']),
});
export type Citation = z.infer<typeof citation>;

const contextEvent = z.strictObject({
  id: entityId('event'),
  name: text,
  kind: z.enum(EVENT_TYPE_NAMES),
  earliest: isoDate,
  latest: isoDate,
  precision: z.enum(['day', 'month', 'year', 'approximate']),
  description: text,
  relatesTo: text.nullish(),
  allusion: evidence,
  sources: z.array(citation).min(1, { error: 'a context event needs at least one citation' }),
  discrepancies: z.array(text).default([]),
  note: text.nullish(),
});

export const contextEventsFile = z.strictObject({
  events: z.array(contextEvent).default([]),
  excluded: z.array(z.strictObject({ id: z.string().min(1), reason: text })).default([]),
});
export type ContextEventsFile = z.infer<typeof contextEventsFile>;
