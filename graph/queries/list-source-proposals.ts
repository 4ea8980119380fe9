import { type GraphClient, runPlain } from '../client.js';
import type { ReviewStatus } from '../model/review-status.js';
import { hasReadStatus } from './status-filter.js';

// What the review screen shows for one source: its text, and every entity, event, claim and
// relationship a statement of it evidences, with those statements (the quotes). Proposals are
// ordinary items with status PROPOSED, so "a source's proposals" is "the items it evidences".
export interface ReviewQuote {
  id: string;
  start: number;
  end: number;
  sentence: number | null;
  paragraph: number | null;
  text: string;
}

export interface ReviewItemRow {
  id: string;
  /** Actor, Place, Issue, Event or Claim; for a relationship its type (PARTICIPATED_IN …). */
  label: string;
  relationship: boolean;
  name: string;
  kind: string | null;
  status: ReviewStatus;
  version: number;
  earliest: string | null;
  latest: string | null;
  precision: string | null;
  from: string | null;
  to: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  quotes: ReviewQuote[];
}

export interface SourceForReview {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  createdAt: string | null;
}

const QUOTE = 'st {.id, .start, .end, .sentence, .paragraph, .text}';

export const GET_SOURCE_FOR_REVIEW = `
MATCH (src:Source {id: $sourceId})
RETURN src.id AS id, coalesce(src.title, src.id) AS title, coalesce(src.text, '') AS text,
  toString(src.publishedAt) AS publishedAt, toString(src.createdAt) AS createdAt`;

export const LIST_SOURCE_ENTITY_PROPOSALS = `
MATCH (st:Statement)-[:FROM_SOURCE]->(:Source {id: $sourceId})
MATCH (n:Entity)-[:EVIDENCED_BY]->(st)
WHERE ${hasReadStatus('n')}
WITH n, collect(${QUOTE}) AS quotes
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity' AND l <> 'Seeded'][0] AS label, false AS relationship,
  coalesce(n.name, n.id) AS name, n.kind AS kind, coalesce(n.status, 'ACCEPTED') AS status,
  coalesce(n.version, 1) AS version, toString(n.earliest) AS earliest, toString(n.latest) AS latest,
  n.precision AS precision, null AS from, null AS to, n.createdBy AS createdBy, n.updatedBy AS updatedBy,
  quotes
ORDER BY quotes[0].start, id`;

// Relationships keep their evidence as a list of statement ids (not edges), so they are found
// by that list; the statements are then read by id.
export const LIST_SOURCE_RELATIONSHIP_PROPOSALS = `
MATCH (:Source {id: $sourceId})<-[:FROM_SOURCE]-(st:Statement)
WITH collect(st.id) AS statementIds
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.evidenceIds IS NOT NULL AND any(sid IN r.evidenceIds WHERE sid IN statementIds) AND ${hasReadStatus('r')}
CALL (r, statementIds) {
  MATCH (st:Statement) WHERE st.id IN r.evidenceIds AND st.id IN statementIds
  RETURN collect(${QUOTE}) AS quotes
}
RETURN r.id AS id, type(r) AS label, true AS relationship,
  coalesce(a.name, a.id) + ' ' + type(r) + ' ' + coalesce(b.name, b.id) AS name, r.role AS kind,
  coalesce(r.status, 'ACCEPTED') AS status, coalesce(r.version, 1) AS version,
  null AS earliest, null AS latest, null AS precision, a.id AS from, b.id AS to,
  r.createdBy AS createdBy, r.updatedBy AS updatedBy, quotes
ORDER BY quotes[0].start, id`;

/** The source and the items it evidences with these statuses (all three by default); null when unknown. */
export async function listSourceProposals(
  client: GraphClient,
  sourceId: string,
  statuses: readonly ReviewStatus[],
): Promise<{ source: SourceForReview; items: ReviewItemRow[] } | null> {
  return client.readTx(async (tx) => {
    const params = { sourceId, statuses: [...statuses] };
    const [source] = await runPlain<SourceForReview & Record<string, unknown>>(
      client,
      tx,
      GET_SOURCE_FOR_REVIEW,
      params,
    );
    if (!source) return null;
    const entities = await runPlain<ReviewItemRow & Record<string, unknown>>(
      client,
      tx,
      LIST_SOURCE_ENTITY_PROPOSALS,
      params,
    );
    const relationships = await runPlain<ReviewItemRow & Record<string, unknown>>(
      client,
      tx,
      LIST_SOURCE_RELATIONSHIP_PROPOSALS,
      params,
    );
    const items = [...entities, ...relationships].sort(
      (a, b) => (a.quotes[0]?.start ?? 0) - (b.quotes[0]?.start ?? 0) || a.id.localeCompare(b.id),
    );
    return { source, items };
  });
}
