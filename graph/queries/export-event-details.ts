import type { GraphClient } from '../client.js';
import { PARTICIPATION_TYPES, relTypes } from './entity-row.js';
import { inReadingOrder, type Quote } from './export-graph.js';
import { type Provenance, provenanceProjection, toProvenance } from './provenance-row.js';

// What an event row of the CSV export needs besides the event itself: who took part (and how),
// where, which issues, and the quotes that evidence it. One round-trip for all events.
export const EXPORT_EVENT_DETAILS = `
MATCH (e:Event) WHERE e.id IN $ids
RETURN e.id AS id, ${provenanceProjection('e')} AS provenance,
  COLLECT {
    MATCH (a:Actor)-[r:${relTypes(...PARTICIPATION_TYPES)}]->(e)
    RETURN {id: a.id, name: a.name, type: type(r), role: r.role} AS participant
    ORDER BY participant.name, participant.id, participant.type
  } AS participants,
  COLLECT { MATCH (e)-[:OCCURRED_IN]->(p:Place) RETURN p { .id, .name } AS place ORDER BY place.name, place.id } AS places,
  COLLECT { MATCH (e)-[:CONCERNS]->(i:Issue) RETURN i { .id, .name } AS issue ORDER BY issue.name, issue.id } AS issues,
  COLLECT { MATCH (e)-[:EVIDENCED_BY]->(s:Statement) RETURN s { .id, .text } } AS evidence`;

export interface Participant {
  id: string;
  name: string;
  /** PARTICIPATED_IN, HOSTED or MEDIATED. */
  type: string;
  role: string | null;
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface EventDetails {
  id: string;
  participants: Participant[];
  places: NamedRef[];
  issues: NamedRef[];
  evidence: Quote[];
  provenance: Provenance;
}

/** Details of the events with these ids, keyed by id (ids that name no event are absent). */
export async function exportEventDetails(
  client: GraphClient,
  ids: readonly string[],
): Promise<Map<string, EventDetails>> {
  if (ids.length === 0) return new Map();
  const rows = await client.read<Omit<EventDetails, 'participants'> & { participants: Participant[] }>(
    EXPORT_EVENT_DETAILS,
    { ids: [...ids] },
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...row,
        participants: row.participants.map((p) => ({ ...p, role: p.role ?? null })),
        evidence: inReadingOrder(row.evidence),
        provenance: toProvenance(row.provenance as unknown as Record<string, unknown>),
      },
    ]),
  );
}
