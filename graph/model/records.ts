import type { ActorKind, PlaceKind } from './actor-kinds.js';
import type { ClaimStance } from './claim-stances.js';
import type { DatePrecision } from './date-precision.js';
import type { EntityLabel } from './labels.js';
import type { RelationshipType } from './relationship-types.js';

// Plain JS shapes of what is stored in Neo4j, after graph/client.ts has converted
// Neo4j Integers to numbers and temporal values to ISO strings.

export interface SourceRecord {
  id: string; // `source:<slug>`
  kind: 'article' | 'reference';
  title: string;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  contentHash: string | null; // `sha256:<hex>` of `text`
  publishedAt: string | null; // ISO date, null when the source does not say
  publishedPrecision: DatePrecision;
  reliability: string | null; // for references: outlet | repost | reference
  text: string | null; // full text for articles (the reader shows it), null for references
  sentenceCount: number | null;
  coveredSentenceCount: number | null;
}

export interface StatementRecord {
  id: string; // `statement:<source-slug>:<start>-<end>`
  sourceId: string;
  text: string; // exact substring text.slice(start, end) of the source
  start: number; // UTF-16 code-unit offsets into the source text (JS string indices)
  end: number;
  paragraph: number; // 0-based
  sentence: number; // 0-based index of the sentence that contains `start`, over the whole text
  role: 'evidence' | 'no-claim';
  reason: string | null; // for role 'no-claim': why this sentence supports no item
}

interface EntityRecordBase {
  id: string; // `<label lower-case>:<slug>`, e.g. `actor:ukraine`
  label: EntityLabel;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
  /** Values two sources give differently, as JSON `{field, values: [{value, sourceId}]}` (merge rule). */
  disagreements: string[];
}

export interface ActorRecord extends EntityRecordBase {
  label: 'Actor';
  kind: ActorKind;
  wikidataId: string | null;
}

export interface PlaceRecord extends EntityRecordBase {
  label: 'Place';
  kind: PlaceKind;
  wikidataId: string | null;
}

/** A kind with no properties of its own: issues, and a new kind until it needs some. */
export interface PlainEntityRecord extends EntityRecordBase {
  label: Exclude<EntityLabel, 'Actor' | 'Place' | 'Event' | 'Claim'>;
}

/** Stated by an article, or a background event taken from cited references. */
export const EVENT_ORIGINS = ['article', 'context'] as const;
export type EventOrigin = (typeof EVENT_ORIGINS)[number];

export interface EventRecord extends EntityRecordBase {
  label: 'Event';
  kind: string; // an EventType of graph/model/event-types.ts
  origin: EventOrigin;
  earliest: string | null; // ISO date, inclusive
  latest: string | null; // ISO date, inclusive
  precision: DatePrecision;
  relativePhrase: string | null; // the article's own words, e.g. "the most recent swap"
  earliestFrom: string | null; // the event a derived `earliest` was taken from
  latestFrom: string | null;
  discrepancies: string[]; // recorded by the cited references of a background event
  // The event type's crosswalk as stored (graph/model/event-types.ts crosswalkProperties).
  ploverType: string | null;
  ploverMode: string | null;
  cameoCode: string | null;
  cameoLabel: string | null;
  acledEventType: string | null;
  acledSubEventType: string | null;
}

export interface ClaimRecord extends EntityRecordBase {
  label: 'Claim';
  kind: ClaimStance;
}

export type EntityRecord = ActorRecord | PlaceRecord | PlainEntityRecord | EventRecord | ClaimRecord;

export interface RelationshipRecord {
  id: string; // `<from-id>|<TYPE>|<to-id>`
  type: RelationshipType;
  from: string;
  to: string;
  role: string | null;
  note: string | null;
  evidenceIds: string[];
}
