// Shapes the ingestion stages pass to each other. Every stage is pure: data in, data out.
// Offsets are JavaScript string indices (UTF-16 code units) into the stored source text, the
// same unit Statement.start/end use.
import type { ActorKind, PlaceKind } from '../graph/model/actor-kinds.js';
import type { ClaimStance } from '../graph/model/claim-stances.js';
import type { DatePrecision } from '../graph/model/date-precision.js';
import type { EventType } from '../graph/model/event-types.js';
import type { RelationshipType } from '../graph/model/relationship-types.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A heading or a sentence: the unit a quote never crosses. */
export interface TextUnit extends Span {
  index: number;
  paragraph: number;
  kind: 'heading' | 'sentence';
}

export type MentionLabel = 'Actor' | 'Place' | 'Issue';
export type MentionKind = ActorKind | PlaceKind | 'issue';

/** Where a mention's reading came from (shown to reviewers as the rule). */
export type MentionRule =
  | 'graph-name'
  | 'graph-alias'
  | 'country-name'
  | 'demonym'
  | 'capital-metonym'
  | 'metonym'
  | 'dateline'
  | 'proper-noun'
  | 'group-noun'
  | 'issue-phrase';

export interface Mention extends Span {
  unit: number;
  label: MentionLabel;
  kind: MentionKind;
  rule: MentionRule;
  /** The name this surface form stands for ("Moscow" → "Russia"). */
  canonical: string;
  /** Graph entity ids this form is a known name or alias of. */
  graphIds: string[];
  /** ISO 3166 alpha-2 code when the form names a country, its capital or demonym. */
  country: string | null;
  /** A title before a person's name ("Foreign Minister"). */
  title: string | null;
}

/** Mentions that refer to one thing, after within-document co-reference. */
export interface MentionCluster {
  key: string;
  label: MentionLabel;
  kind: MentionKind;
  name: string;
  country: string | null;
  mentions: Mention[];
}

/** An entity the graph already holds, as the resolver needs it. */
export interface KnownEntity {
  id: string;
  label: MentionLabel | 'Event' | 'Claim';
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
}

export interface ResolutionCandidate {
  id: string;
  name: string;
  score: number;
  why: string;
}

export type ResolutionDecision = 'link' | 'ambiguous' | 'new';

export interface Resolution {
  decision: ResolutionDecision;
  /** The linked entity (decision 'link') or null. */
  entityId: string | null;
  candidates: ResolutionCandidate[];
}

export interface DateValue {
  /** ISO date, inclusive; null when the text gives no absolute date. */
  earliest: string | null;
  latest: string | null;
  precision: DatePrecision;
  /** The ISO value at its precision: 2025-05-23, 2025-05, 2025; null for relative/unknown. */
  value: string | null;
  /** The year came from the publication date, not from the text. */
  inferredYear: boolean;
}

export interface TimeExpression extends Span, DateValue {
  unit: number;
  rule: string;
  /** For "the following day"-style phrases: days after the event before it (negative: before). */
  anchorDays: number | null;
}

export interface EventRoleRef {
  key: string;
  rule: string;
  quote: Span;
}

export interface FoundEvent {
  key: string;
  type: EventType;
  unit: number;
  trigger: Span;
  quote: Span;
  time: TimeExpression | null;
  participants: EventRoleRef[];
  hosts: EventRoleRef[];
  mediators: EventRoleRef[];
  places: EventRoleRef[];
  /** Further trigger spans merged into this event (same event named again). */
  mentions: Span[];
  rule: string;
  confidence: number;
}

export interface FoundClaim {
  key: string;
  stance: ClaimStance;
  holderKey: string;
  addressedTo: string[];
  unit: number;
  verb: Span;
  quote: Span;
  rule: string;
  confidence: number;
}

export interface FoundRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  quote: Span;
  rule: string;
  confidence: number;
}

/** An existing event the proposed one probably is. */
export interface EventMatch {
  id: string;
  name: string;
  score: number;
  why: string;
  corroboratingSources: number;
}
