import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.js';
import { countEntities, countRelationships, quotesOfRelationship } from '../support/graph-truth.js';
import { connectTestClient } from '../support/test-neo4j.js';

describe('/export/graph.json loaded by Cytoscape.js', () => {
  let client: GraphClient;
  let app: AppUnderTest;

  beforeAll(async () => {
    client = await connectTestClient();
    app = await startAppUnderTest(client);
  });

  afterAll(async () => {
    await app?.close();
    await client?.close();
  });

  async function load(query = ''): Promise<cytoscape.Core> {
    const res = await fetch(`${app.base}/export/graph.json${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.json(
      (await res.json()) as {
        elements: { nodes: cytoscape.ElementDefinition[]; edges: cytoscape.ElementDefinition[] };
      },
    );
    return cy;
  }

  it('loads with cy.json() into as many nodes and edges as the graph holds', async () => {
    const cy = await load();
    const { stats } = await app.graphql<{ stats: { entityCount: number; relationshipCount: number } }>(
      '{ stats { entityCount relationshipCount } }',
    );
    expect(cy.nodes().length).toBe(stats.entityCount);
    expect(cy.edges().length).toBe(stats.relationshipCount);
    expect(cy.nodes().length).toBe(await countEntities(client));
    expect(cy.edges().length).toBe(await countRelationships(client));
  });

  it('connects every edge to nodes of the file', async () => {
    const cy = await load();
    cy.edges().forEach((edge) => {
      expect(edge.source().nonempty(), edge.id()).toBe(true);
      expect(edge.target().nonempty(), edge.id()).toBe(true);
    });
  });

  it('carries the same node data as the API’s neighborhood, plus the quotes', async () => {
    const cy = await load();
    const { neighborhood } = await app.graphql<{
      neighborhood: { nodes: { id: string; data: Record<string, unknown> }[] };
    }>('{ neighborhood(id: "actor:turkey", depth: 1) { nodes { id data } } }');
    expect(neighborhood.nodes.length).toBeGreaterThan(1);
    for (const node of neighborhood.nodes) {
      const data = cy.getElementById(node.id).data() as Record<string, unknown>;
      expect(data).toMatchObject(node.data);
      expect(data.evidence).toHaveLength(Number(node.data.evidenceCount));
    }
  });

  it('gives each edge exactly the quotes the graph holds for it', async () => {
    const cy = await load();
    const edge = cy.getElementById('actor:turkey|MEDIATED|event:istanbul-talks');
    expect(edge.nonempty()).toBe(true);
    expect(edge.data('evidence')).toEqual(await quotesOfRelationship(client, edge.id()));
    expect(edge.data('evidenceCount')).toBe(edge.data('evidence').length);
  });

  it('keeps only the kinds asked for', async () => {
    const cy = await load('?kinds=PLACE,EVENT');
    expect(cy.nodes().length).toBe(await countEntities(client, ['Place', 'Event']));
    expect(cy.edges().length).toBe(await countRelationships(client, ['Place', 'Event']));
    expect(new Set(cy.nodes().map((n) => n.data('kind')))).toEqual(new Set(['PLACE', 'EVENT']));
  });
});
