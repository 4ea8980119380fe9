// Topic families an Issue belongs to (stored as Issue.kind).
export const ISSUE_KINDS = ['humanitarian', 'territorial', 'security', 'diplomatic', 'economic'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];
