// A Revision as the API reads it; `before`/`after` are parsed from their stored JSON text.
export interface RevisionRow {
  id: string;
  changeId: string;
  at: string;
  author: string;
  action: string;
  targetId: string;
  targetKind: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  sourceId: string | null;
  revertsId: string | null;
}

export const REVISION_PROJECTION =
  'r { .id, .changeId, .at, .author, .action, .targetId, .targetKind, .before, .after, .reason, .sourceId, .revertsId }';

export function toRevisionRow(row: Record<string, unknown>): RevisionRow {
  const parse = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);
  const optional = (key: string) => (row[key] == null ? null : String(row[key]));
  return {
    id: String(row.id),
    changeId: String(row.changeId),
    at: String(row.at),
    author: String(row.author),
    action: String(row.action),
    targetId: String(row.targetId),
    targetKind: String(row.targetKind),
    before: parse(row.before),
    after: parse(row.after),
    reason: optional('reason'),
    sourceId: optional('sourceId'),
    revertsId: optional('revertsId'),
  };
}
