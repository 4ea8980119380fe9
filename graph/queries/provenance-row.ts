import type { Row } from '../client.js';

// Review status and provenance of an exported item: who made it and who changed it last, at which
// version, and its newest revision (`history(id)` has them all). Items stored before statuses
// existed read as accepted, version 1, like everywhere else. The newest revision is found through
// the revision_target index.
export function provenanceProjection(v: string): string {
  return `{status: coalesce(${v}.status, 'ACCEPTED'), version: coalesce(${v}.version, 1),
  createdBy: ${v}.createdBy, createdAt: ${v}.createdAt, updatedBy: ${v}.updatedBy, updatedAt: ${v}.updatedAt,
  lastRevisionId: COLLECT { MATCH (rev:Revision) WHERE rev.targetId = ${v}.id RETURN rev.id ORDER BY rev.at DESC, rev.seq DESC LIMIT 1 }[0]}`;
}

export interface Provenance {
  status: string;
  version: number;
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  /** The newest revision of the item; null for what was seeded and never changed. */
  lastRevisionId: string | null;
}

export const PROVENANCE_FIELDS = [
  'status',
  'version',
  'createdBy',
  'createdAt',
  'updatedBy',
  'updatedAt',
  'lastRevisionId',
] as const satisfies readonly (keyof Provenance)[];

const text = (row: Row, key: string): string | null => (row[key] == null ? null : String(row[key]));

/** Reads a projected provenance map, property by property. */
export function toProvenance(row: Row | null | undefined): Provenance {
  const r = row ?? {};
  return {
    status: text(r, 'status') ?? 'ACCEPTED',
    version: typeof r.version === 'number' ? r.version : 1,
    createdBy: text(r, 'createdBy'),
    createdAt: text(r, 'createdAt'),
    updatedBy: text(r, 'updatedBy'),
    updatedAt: text(r, 'updatedAt'),
    lastRevisionId: text(r, 'lastRevisionId'),
  };
}
