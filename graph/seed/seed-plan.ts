import type { DatePrecision } from '../model/date-precision.js';
import type { EntityLabel } from '../model/labels.js';
import type { RelationshipType } from '../model/relationship-types.js';

// What the loader will write, fully checked: plain data, no database types. Built by
// build-seed-plan.ts from the seed files, written by write-seed-plan.ts in one transaction.

export type Props = Record<string, string | number | boolean | string[] | null>;

export interface PlannedSource {
  id: string;
  /** Node properties; `publishedAt` is an ISO date string turned into a Neo4j Date on write. */
  props: Props;
}

export interface PlannedStatement {
  id: string;
  sourceId: string;
  props: Props;
}

export interface PlannedEntity {
  id: string;
  label: EntityLabel;
  /** Node properties; for events `earliest`/`latest` are ISO date strings, written as Dates. */
  props: Props;
  evidenceIds: string[];
  /** Article statements that only allude to a context event (ALLUDES_TO), never its evidence. */
  allusionIds: string[];
}

export interface PlannedRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Props;
}

export interface PlannedCitation {
  eventId: string;
  sourceId: string;
}

export interface SourceCoverage {
  sourceId: string;
  sentences: number;
  covered: number;
  /** Sentences covered only by a no-claim entry (read, and found to carry no item). */
  noClaim: number;
}

/** A relationship read into the text rather than stated by a quote naming both ends. */
export interface SeedInference {
  relationshipId: string;
  reason: string;
  where: { file: string; line: number | null; field: string | null };
}

export interface SeedPlan {
  sources: PlannedSource[];
  statements: PlannedStatement[];
  entities: PlannedEntity[];
  relationships: PlannedRelationship[];
  citations: PlannedCitation[];
  coverage: SourceCoverage[];
  /** Every relationship marked `inference`, for the seed report. */
  inferences: SeedInference[];
  /** Evidenced entities without any relationship, each with the curator's reason. */
  unlinked: { entityId: string; reason: string; where: SeedInference['where'] }[];
  /** Values two sources give differently for one entity, each attributed (the merge rule). */
  disagreements: SeedDisagreement[];
}

export interface SeedDisagreement {
  entityId: string;
  field: string;
  values: { value: string; sourceId: string }[];
}

export interface EventTimeBounds {
  earliest: string | null;
  latest: string | null;
  precision: DatePrecision;
  /** The event whose date gave a derived bound (relative events only). */
  earliestFrom: string | null;
  latestFrom: string | null;
}

/** A plan with nothing in it yet: the seed builder and the corpus generator fill one. */
export function emptySeedPlan(): SeedPlan {
  return {
    sources: [],
    statements: [],
    entities: [],
    relationships: [],
    citations: [],
    coverage: [],
    inferences: [],
    unlinked: [],
    disagreements: [],
  };
}
