import type { StatementRecord } from '../model/records.js';

type Row = Record<string, unknown>;

/** Reads a projected Statement row into its typed record, property by property (no cast back). */
export function toStatementRecord(row: Row): StatementRecord {
  return {
    id: String(row.id),
    sourceId: String(row.sourceId),
    text: String(row.text),
    start: Number(row.start),
    end: Number(row.end),
    paragraph: Number(row.paragraph),
    sentence: Number(row.sentence),
    role: row.role === 'no-claim' ? 'no-claim' : 'evidence',
    reason: row.reason == null ? null : String(row.reason),
  };
}
