import type { ExportGraph } from '../../graph/queries/export-graph.js';
import { edgeData, nodeData } from '../logic/cytoscape.js';
import { disagreementsOf } from '../logic/disagreements.js';

// The graph as Cytoscape.js JSON (`cy.json({ elements })` or `cytoscape({ elements })`). Element
// data is the web app's (api/logic/cytoscape.ts), so its stylesheet applies unchanged, plus the
// text an analyst needs offline: name, description and the quotes behind every element, and its
// review status and provenance (status, version, createdBy … lastRevisionId).

export interface CytoscapeJson {
  elements: {
    nodes: { data: Record<string, unknown> }[];
    edges: { data: Record<string, unknown> }[];
  };
}

export function graphToCytoscape(graph: ExportGraph): CytoscapeJson {
  return {
    elements: {
      nodes: graph.nodes.map(({ entity, evidence, provenance }) => ({
        data: {
          ...nodeData(entity),
          name: entity.name,
          description: entity.description,
          // The kind's own properties, null included, so every node of a kind has the same keys.
          ...('wikidataId' in entity ? { wikidataId: entity.wikidataId } : {}),
          ...(entity.label === 'Event' ? { relativePhrase: entity.relativePhrase } : {}),
          evidence: evidence.map((quote) => quote.text),
          evidenceIds: evidence.map((quote) => quote.id),
          ...provenance,
          // Values the sources give differently, each attributed (the API's Entity.disagreements).
          disagreements: disagreementsOf(entity).map(({ field, values, note }) => ({ field, values, note })),
        },
      })),
      edges: graph.edges.map(({ relation, evidence, provenance }) => ({
        data: {
          ...edgeData(relation),
          note: relation.note,
          evidence: evidence.map((quote) => quote.text),
          evidenceIds: evidence.map((quote) => quote.id),
          ...provenance,
        },
      })),
    },
  };
}
