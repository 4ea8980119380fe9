import type { ExportEdge, ExportGraph, ExportNode } from '../../graph/queries/export-graph.js';
import { PROVENANCE_FIELDS, type Provenance } from '../../graph/queries/provenance-row.js';
import {
  entityKindName,
  joinDisagreements,
  joinList,
  joinQuoteIds,
  joinQuotes,
  optionalText,
} from './flat-values.js';
import { type GraphmlKey, writeGraphml } from './graphml.js';

// Review status and provenance, the same keys on nodes and edges.
function provenanceKeys<T extends { provenance: Provenance }>(): GraphmlKey<T>[] {
  return PROVENANCE_FIELDS.map((field) => ({
    name: field,
    type: field === 'version' ? 'int' : 'string',
    value: (item: T) => item.provenance[field],
  }));
}

// The graph as GraphML for Gephi and networkx. Node ids are the graph's ids (`actor:ukraine`);
// lists are joined (see flat-values.ts) because GraphML has no list type.

const NODE_KEYS: GraphmlKey<ExportNode>[] = [
  { name: 'label', type: 'string', value: (n) => n.entity.name },
  { name: 'kind', type: 'string', value: (n) => entityKindName(n.entity) },
  { name: 'type', type: 'string', value: (n) => n.entity.kind },
  { name: 'name', type: 'string', value: (n) => n.entity.name },
  { name: 'aliases', type: 'string', value: (n) => joinList(n.entity.aliases) },
  { name: 'description', type: 'string', value: (n) => n.entity.description },
  { name: 'wikidataId', type: 'string', value: (n) => optionalText(n.entity, 'wikidataId') },
  { name: 'origin', type: 'string', value: (n) => optionalText(n.entity, 'origin') },
  { name: 'earliest', type: 'string', value: (n) => optionalText(n.entity, 'earliest') },
  { name: 'latest', type: 'string', value: (n) => optionalText(n.entity, 'latest') },
  { name: 'precision', type: 'string', value: (n) => optionalText(n.entity, 'precision') },
  { name: 'relativePhrase', type: 'string', value: (n) => optionalText(n.entity, 'relativePhrase') },
  { name: 'evidenceCount', type: 'int', value: (n) => n.evidence.length },
  { name: 'evidence', type: 'string', value: (n) => joinQuotes(n.evidence) },
  { name: 'evidenceIds', type: 'string', value: (n) => joinQuoteIds(n.evidence) },
  ...provenanceKeys<ExportNode>(),
  { name: 'disagreements', type: 'string', value: (n) => joinDisagreements(n.entity) },
];

const EDGE_KEYS: GraphmlKey<ExportEdge>[] = [
  { name: 'label', type: 'string', value: (e) => e.relation.type },
  { name: 'type', type: 'string', value: (e) => e.relation.type },
  { name: 'role', type: 'string', value: (e) => e.relation.role },
  { name: 'note', type: 'string', value: (e) => e.relation.note },
  { name: 'evidenceCount', type: 'int', value: (e) => e.evidence.length },
  { name: 'evidence', type: 'string', value: (e) => joinQuotes(e.evidence) },
  { name: 'evidenceIds', type: 'string', value: (e) => joinQuoteIds(e.evidence) },
  ...provenanceKeys<ExportEdge>(),
];

export function graphToGraphml(graph: ExportGraph): string {
  return writeGraphml({
    graphId: 'conflict-graph',
    nodeKeys: NODE_KEYS,
    edgeKeys: EDGE_KEYS,
    nodes: graph.nodes,
    edges: graph.edges,
    nodeId: (n) => n.entity.id,
    edgeEnds: (e) => ({ id: e.relation.id, source: e.relation.from, target: e.relation.to }),
  });
}
