import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { countEntities, countRelationships, quotesOfRelationship } from '../support/graph-truth.js';
import { type PythonExportReader, startPythonExportReader } from '../support/python-export-reader.js';
import { connectTestClient } from '../support/test-neo4j.js';

interface ParsedGraphml {
  directed: boolean;
  multigraph: boolean;
  node_count: number;
  edge_count: number;
  node_attribute_types: Record<string, string[]>;
  edge_attribute_types: Record<string, string[]>;
  nodes: Record<string, Record<string, string | number>>;
  edges: ({ source: string; target: string; id: string } & Record<string, string | number>)[];
}

describe('/export/graph.graphml read by networkx', () => {
  let client: GraphClient;
  let app: AppUnderTest;
  let reader: PythonExportReader;

  beforeAll(async () => {
    reader = await startPythonExportReader();
    client = await connectTestClient();
    app = await startAppUnderTest(client);
  }, 900_000);

  afterAll(async () => {
    await app?.close();
    await client?.close();
    await reader?.close();
  });

  async function readGraphml(query = ''): Promise<ParsedGraphml> {
    const res = await fetch(`${app.base}/export/graph.graphml${query}`);
    expect(res.status).toBe(200);
    return reader.parse<ParsedGraphml>('graphml', res);
  }

  it('serves GraphML as a download', async () => {
    const res = await fetch(`${app.base}/export/graph.graphml`);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
    expect((await res.text()).startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('holds every entity and every relationship of the graph, as the API counts them', async () => {
    const graph = await readGraphml();
    const { stats } = await app.graphql<{ stats: { entityCount: number; relationshipCount: number } }>(
      '{ stats { entityCount relationshipCount } }',
    );
    expect(graph.directed).toBe(true);
    expect(graph.node_count).toBe(stats.entityCount);
    expect(graph.edge_count).toBe(stats.relationshipCount);
    expect(graph.node_count).toBe(await countEntities(client));
    expect(graph.edge_count).toBe(await countRelationships(client));
    // Turkey both HOSTED and MEDIATED the talks: parallel edges make networkx build a multigraph.
    expect(graph.multigraph).toBe(true);
  });

  it('gives networkx typed attributes: counts as int, text as str', async () => {
    const graph = await readGraphml();
    expect(graph.node_attribute_types.evidenceCount).toEqual(['int']);
    expect(graph.edge_attribute_types.evidenceCount).toEqual(['int']);
    for (const name of ['label', 'kind', 'type', 'name', 'evidence', 'earliest', 'precision']) {
      expect(graph.node_attribute_types[name]).toEqual(['str']);
    }
  });

  it('keeps the graph ids, names, aliases, dates with precision and quotes of nodes', async () => {
    const graph = await readGraphml();
    expect(graph.nodes['actor:ukraine']).toMatchObject({ label: 'Ukraine', kind: 'ACTOR', type: 'state' });
    expect(String(graph.nodes['actor:ukraine']?.aliases).split('; ')).toContain('Kyiv');
    const { node } = await app.graphql<{
      node: {
        earliest: string | null;
        latest: string | null;
        precision: string;
        evidence: { text: string }[];
      };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on Event { earliest latest precision evidence { text } } } }',
      {
        id: 'event:istanbul-round1-2025',
      },
    );
    const event = graph.nodes['event:istanbul-round1-2025'];
    expect(event).toMatchObject({
      kind: 'EVENT',
      earliest: node.earliest,
      precision: node.precision.toLowerCase(),
    });
    expect(event?.evidenceCount).toBe(node.evidence.length);
    // A background event has no article evidence: GraphML then leaves the attribute out.
    const exported = event?.evidence === undefined ? [] : String(event.evidence).split('\n');
    expect(exported.sort()).toEqual(node.evidence.map((s) => s.text).sort());
  });

  it('gives every node the article states and every edge at least one quote, and edges exactly the quotes the graph holds', async () => {
    const graph = await readGraphml();
    // A background event's evidence is its cited references; the article only alludes to it (issue 9).
    for (const node of Object.values(graph.nodes))
      if (node.origin !== 'context') expect(node.evidenceCount).toBeGreaterThan(0);
    for (const edge of graph.edges) {
      expect(edge.evidenceCount).toBe(String(edge.evidenceIds).split('; ').length);
      expect(edge.id).toBe(`${edge.source}|${edge.type}|${edge.target}`);
    }
    const hosted = graph.edges.find((e) => e.id === 'actor:turkey|HOSTED|event:istanbul-talks');
    expect(String(hosted?.evidence).split('\n')).toEqual(
      await quotesOfRelationship(client, hosted?.id ?? ''),
    );
  });

  it('keeps only the kinds asked for, and only the relationships among them', async () => {
    const graph = await readGraphml('?kinds=ACTOR,event');
    expect(graph.node_count).toBe(await countEntities(client, ['Actor', 'Event']));
    expect(graph.edge_count).toBe(await countRelationships(client, ['Actor', 'Event']));
    expect(new Set(Object.values(graph.nodes).map((n) => n.kind))).toEqual(new Set(['ACTOR', 'EVENT']));
  });

  it('keeps only the relationship types asked for', async () => {
    const graph = await readGraphml('?relationTypes=HOSTED,MEDIATED');
    expect(graph.node_count).toBe(await countEntities(client));
    expect(new Set(graph.edges.map((e) => e.type))).toEqual(new Set(['HOSTED', 'MEDIATED']));
  });

  it('answers 400 with the parameter and the allowed values for an unknown kind', async () => {
    const res = await fetch(`${app.base}/export/graph.graphml?kinds=actors`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'Bad "kinds": "actors" is not an entity kind; use one of ACTOR, PLACE, ISSUE, EVENT, CLAIM.',
      code: 'BAD_USER_INPUT',
      parameter: 'kinds',
    });
  });
});
