// What ingestion hands to review: every proposal with its exact quote (offsets into the stored
// text), a confidence and the rule that produced it. Nothing here is accepted.
import type { ClaimStance } from '../graph/model/claim-stances.js';
import type { EventType } from '../graph/model/event-types.js';
import type { RelationshipType } from '../graph/model/relationship-types.js';
import type {
  DateValue,
  EventMatch,
  MentionKind,
  MentionLabel,
  Resolution,
  Span,
  TimeExpression,
} from './model.js';
import type { SourceMetadata } from './source-document.js';

interface ProposalBase {
  /** Stable within one result: "p1", "p2" … */
  id: string;
  quote: Span;
  confidence: number;
  rule: string;
}

export interface EntityProposal extends ProposalBase {
  kind: 'entity';
  /** The linked graph id, or `new:<label>:<slug>` for an entity the graph does not hold yet. */
  key: string;
  label: MentionLabel;
  entityKind: MentionKind;
  name: string;
  resolution: Resolution;
  mentions: Span[];
}

export interface EventProposal extends ProposalBase {
  kind: 'event';
  key: string;
  type: EventType;
  name: string;
  time: DateValue & { phrase: string | null };
  /** Existing events this one probably is (score ≥ SAME_EVENT_AT), best first. */
  sameAs: EventMatch[];
  /** The trigger phrase, and further phrases naming the same event. */
  trigger: Span;
  mentions: Span[];
}

export interface ClaimProposal extends ProposalBase {
  kind: 'claim';
  key: string;
  stance: ClaimStance;
  name: string;
  holder: string;
  addressedTo: string[];
}

export interface RelationshipProposal extends ProposalBase {
  kind: 'relationship';
  type: RelationshipType;
  from: string;
  to: string;
}

export type Proposal = EntityProposal | EventProposal | ClaimProposal | RelationshipProposal;

export interface IngestResult {
  source: SourceMetadata & { text: string; format: 'text' | 'html'; contentHash: string };
  units: { headings: number; sentences: number };
  /** Every time expression read, with its normalised value (what event dates come from). */
  dates: TimeExpression[];
  proposals: Proposal[];
}
