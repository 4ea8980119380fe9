import type { EventExportRow } from '../../api/exports/events-csv.js';
import type { RelationshipRecord } from '../../graph/model/records.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import type { EventDetails } from '../../graph/queries/export-event-details.js';
import type { ExportEdge, ExportGraph, ExportNode, Quote } from '../../graph/queries/export-graph.js';
import type { Provenance } from '../../graph/queries/provenance-row.js';

// Small in-memory graphs for the export serializers' unit tests.

export function createTestQuote(overrides: Partial<Quote> = {}): Quote {
  return { id: 'statement:src:0-10', text: 'A quote.', ...overrides };
}

export function createTestProvenance(overrides: Partial<Provenance> = {}): Provenance {
  return {
    status: 'ACCEPTED',
    version: 2,
    createdBy: 'seed',
    createdAt: '2025-06-01T10:00:00Z',
    updatedBy: 'jane',
    updatedAt: '2025-06-02T11:00:00Z',
    lastRevisionId: 'revision:1',
    ...overrides,
  };
}

type ActorNode = Extract<EntityNode, { label: 'Actor' }>;
type EventNode = Extract<EntityNode, { label: 'Event' }>;

export function createTestEntity(overrides: Partial<ActorNode> = {}): ActorNode {
  return {
    id: 'actor:ukraine',
    label: 'Actor',
    name: 'Ukraine',
    kind: 'state',
    aliases: ['Kyiv'],
    description: null,
    wikidataId: 'Q212',
    disagreements: [],
    evidenceIds: ['statement:src:0-10'],
    ...overrides,
  };
}

/** An event; the second argument overrides its time and crosswalk (kept apart for readability). */
export function createTestEvent(
  overrides: Partial<EventNode> = {},
  time: Partial<EventNode> = {},
): EventNode {
  return {
    id: 'event:istanbul-talks',
    label: 'Event',
    name: 'Istanbul talks',
    kind: 'peace-talks',
    aliases: [],
    description: 'Rounds of talks in Istanbul.',
    evidenceIds: ['statement:src:0-10'],
    origin: 'article',
    earliest: '2025-05-16',
    latest: '2025-07-23',
    precision: 'approximate',
    relativePhrase: null,
    earliestFrom: null,
    latestFrom: null,
    discrepancies: [],
    disagreements: [],
    ploverType: 'CONSULT',
    ploverMode: null,
    cameoCode: '046',
    cameoLabel: null,
    acledEventType: 'Strategic developments',
    acledSubEventType: 'Agreement',
    ...time,
    ...overrides,
  };
}

export function createTestRelation(overrides: Partial<RelationshipRecord> = {}): RelationshipRecord {
  return {
    id: 'actor:ukraine|PARTICIPATED_IN|event:istanbul-talks',
    type: 'PARTICIPATED_IN',
    from: 'actor:ukraine',
    to: 'event:istanbul-talks',
    role: 'negotiating party',
    note: null,
    evidenceIds: ['statement:src:20-40'],
    ...overrides,
  };
}

export function createTestExportGraph(overrides: Partial<ExportGraph> = {}): ExportGraph {
  const nodes: ExportNode[] = [
    {
      entity: createTestEntity(),
      evidence: [createTestQuote({ text: 'Russia and Ukraine exchange prisoners' })],
      provenance: createTestProvenance(),
    },
    {
      entity: createTestEvent(),
      evidence: [createTestQuote({ id: 'statement:src:20-40', text: 'Negotiators in Istanbul' })],
      provenance: createTestProvenance(),
    },
  ];
  const edges: ExportEdge[] = [
    {
      relation: createTestRelation(),
      evidence: [createTestQuote({ id: 'statement:src:20-40', text: 'Negotiators in Istanbul' })],
      provenance: createTestProvenance(),
    },
  ];
  return { nodes, edges, ...overrides };
}

export function createTestEventRow(overrides: Partial<EventExportRow> = {}): EventExportRow {
  const details: EventDetails = {
    id: 'event:istanbul-talks',
    participants: [
      { id: 'actor:turkey', name: 'Turkey', type: 'HOSTED', role: null },
      { id: 'actor:turkey', name: 'Turkey', type: 'MEDIATED', role: 'intermediary' },
    ],
    places: [{ id: 'place:istanbul', name: 'Istanbul' }],
    issues: [
      { id: 'issue:ceasefire', name: 'Ceasefire' },
      { id: 'issue:prisoners', name: 'Prisoners of war' },
    ],
    evidence: [
      createTestQuote({ id: 'statement:src:0-10', text: 'Turkey, hosting the discussions in Istanbul' }),
      createTestQuote({
        id: 'statement:src:20-40',
        text: 'Negotiators in Istanbul have failed to make headway',
      }),
    ],
    provenance: createTestProvenance(),
  };
  return { event: createTestEvent(), sortDate: '2025-05-16', details, ...overrides };
}
