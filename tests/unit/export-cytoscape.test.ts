import { describe, expect, it } from 'vitest';
import { graphToCytoscape } from '../../api/exports/graph-cytoscape.js';
import { createTestExportGraph } from '../support/export-fixtures.js';

describe('graphToCytoscape', () => {
  it('groups elements into nodes and edges, each with a data object', () => {
    const json = graphToCytoscape(createTestExportGraph());
    expect(Object.keys(json)).toEqual(['elements']);
    expect(json.elements.nodes).toHaveLength(2);
    expect(json.elements.edges).toHaveLength(1);
    for (const element of [...json.elements.nodes, ...json.elements.edges])
      expect(Object.keys(element)).toEqual(['data']);
  });

  it('gives nodes the web app data plus name, description, quotes, status and provenance', () => {
    const [actor, event] = graphToCytoscape(createTestExportGraph()).elements.nodes;
    expect(actor?.data).toEqual({
      id: 'actor:ukraine',
      label: 'Ukraine',
      kind: 'ACTOR',
      type: 'state',
      aliases: ['Kyiv'],
      evidenceCount: 1,
      name: 'Ukraine',
      description: null,
      wikidataId: 'Q212',
      evidence: ['Russia and Ukraine exchange prisoners'],
      evidenceIds: ['statement:src:0-10'],
      status: 'ACCEPTED',
      version: 2,
      createdBy: 'seed',
      createdAt: '2025-06-01T10:00:00Z',
      updatedBy: 'jane',
      updatedAt: '2025-06-02T11:00:00Z',
      lastRevisionId: 'revision:1',
      disagreements: [],
    });
    expect(event?.data).toMatchObject({
      id: 'event:istanbul-talks',
      kind: 'EVENT',
      earliest: '2025-05-16',
      latest: '2025-07-23',
      precision: 'approximate',
      origin: 'article',
      relativePhrase: null,
    });
  });

  it('gives edges their ends as source and target, the type, role, quotes, status and provenance', () => {
    const [edge] = graphToCytoscape(createTestExportGraph()).elements.edges;
    expect(edge?.data).toEqual({
      id: 'actor:ukraine|PARTICIPATED_IN|event:istanbul-talks',
      source: 'actor:ukraine',
      target: 'event:istanbul-talks',
      type: 'PARTICIPATED_IN',
      role: 'negotiating party',
      evidenceCount: 1,
      note: null,
      evidence: ['Negotiators in Istanbul'],
      evidenceIds: ['statement:src:20-40'],
      status: 'ACCEPTED',
      version: 2,
      createdBy: 'seed',
      createdAt: '2025-06-01T10:00:00Z',
      updatedBy: 'jane',
      updatedAt: '2025-06-02T11:00:00Z',
      lastRevisionId: 'revision:1',
    });
  });

  it('survives a JSON round-trip unchanged (plain data only)', () => {
    const json = graphToCytoscape(createTestExportGraph());
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
