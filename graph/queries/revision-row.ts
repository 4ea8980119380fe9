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
  const parse = (text: unknown) => (typeof text === 'string' ? JSON.parse(text) : null);
  return { ...(row as unknown as RevisionRow), before: parse(row.before), after: parse(row.after) };
}
