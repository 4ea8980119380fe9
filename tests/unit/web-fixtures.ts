import type { EdgeRecord, GraphModel, NodeRecord } from '../../web/src/graph/model.js';
import { EMPTY_GRAPH, mergeGraph } from '../../web/src/graph/model.js';
import type { TimelineEvent } from '../../web/src/timeline/placement.js';

// Fixture factories for the web app's pure parts.

export function createTestNode(overrides: Partial<NodeRecord> = {}): NodeRecord {
  return {
    id: 'actor:test',
    label: 'Test',
    kind: 'ACTOR',
    type: 'state',
    aliases: [],
    evidenceCount: 1,
    time: null,
    ...overrides,
  };
}

export function createTestEvent(
  id: string,
  overrides: Partial<NodeRecord['time']> = {},
  node: Partial<NodeRecord> = {},
): NodeRecord {
  return createTestNode({
    id,
    label: id,
    kind: 'EVENT',
    type: 'prisoner-exchange',
    time: {
      origin: 'ARTICLE',
      precision: 'DAY',
      earliest: '2025-06-01',
      latest: '2025-06-01',
      relativePhrase: null,
      ...overrides,
    },
    ...node,
  });
}

export function createTestEdge(overrides: Partial<EdgeRecord> = {}): EdgeRecord {
  const source = overrides.source ?? 'actor:a';
  const target = overrides.target ?? 'actor:b';
  const type = overrides.type ?? 'PARTICIPATED_IN';
  return {
    id: `${source}|${type}|${target}`,
    source,
    target,
    type,
    role: null,
    evidenceIds: ['statement:s:0-5'],
    ...overrides,
  };
}

export function createTestModel(nodes: NodeRecord[], edges: EdgeRecord[] = []): GraphModel {
  return mergeGraph(EMPTY_GRAPH, nodes, edges).model;
}

export function createTestTimelineEvent(overrides: Partial<TimelineEvent> & { id: string }): TimelineEvent {
  return {
    name: overrides.id,
    type: 'prisoner-exchange',
    origin: 'CONTEXT',
    precision: 'DAY',
    earliest: '2025-06-01',
    latest: '2025-06-01',
    relativePhrase: null,
    issues: [],
    participants: [],
    after: [],
    before: [],
    partOf: [],
    placedBy: 'DATE',
    sortDate: overrides.earliest === undefined ? '2025-06-01' : overrides.earliest,
    ...overrides,
  };
}
