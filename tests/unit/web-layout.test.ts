import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { layoutAdded } from '../../web/src/graph/layout.js';

cytoscape.use(fcose);

// A fresh headless Cytoscape per test, as Cytoscape's own tests do.
function createTestCy(nodes: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  for (let i = 0; i < nodes; i++)
    cy.add({
      group: 'nodes',
      data: { id: `n${i}` },
      position: { x: (i % 10) * 80, y: Math.floor(i / 10) * 80 },
    });
  for (let i = 1; i < nodes; i++)
    cy.add({ group: 'edges', data: { id: `e${i}`, source: `n${i}`, target: `n${Math.floor(i / 2)}` } });
  return cy;
}

describe('layout of added nodes', () => {
  it('places new nodes around their anchor and leaves every existing node where it was', async () => {
    const cy = createTestCy(40);
    const before = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
    const added = cy.add([
      { group: 'nodes', data: { id: 'new1' } },
      { group: 'nodes', data: { id: 'new2' } },
      { group: 'nodes', data: { id: 'new3' } },
      { group: 'edges', data: { id: 'a1', source: 'n5', target: 'new1' } },
      { group: 'edges', data: { id: 'a2', source: 'n5', target: 'new2' } },
      { group: 'edges', data: { id: 'a3', source: 'new2', target: 'new3' } },
    ]);
    await layoutAdded(cy, added.nodes(), 'n5');
    for (const node of before)
      expect(cy.getElementById(node.id).position()).toEqual({ x: node.x, y: node.y });
    const anchor = cy.getElementById('n5').position();
    for (const id of ['new1', 'new2', 'new3']) {
      const p = cy.getElementById(id).position();
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(Math.hypot(p.x - anchor.x, p.y - anchor.y)).toBeLessThan(600);
    }
    cy.destroy();
  });
});
