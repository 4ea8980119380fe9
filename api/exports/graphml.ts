import { escapeXmlAttribute, escapeXmlText } from './xml-text.js';

// A small GraphML writer (graphml.graphdrawing.org): typed <key> declarations, then nodes and
// edges with one <data> per non-empty value. Gephi, networkx, yEd and igraph read this subset.

export type GraphmlType = 'string' | 'int' | 'long' | 'float' | 'double' | 'boolean';
export type GraphmlValue = string | number | boolean | null | undefined;

export interface GraphmlKey<T> {
  /** The attribute name tools show (`attr.name`); `label` is the node label in Gephi. */
  name: string;
  type: GraphmlType;
  value: (item: T) => GraphmlValue;
}

export interface GraphmlEdgeEnds {
  id: string;
  source: string;
  target: string;
}

export interface GraphmlDocument<N, E> {
  graphId: string;
  nodeKeys: readonly GraphmlKey<N>[];
  edgeKeys: readonly GraphmlKey<E>[];
  nodes: readonly N[];
  edges: readonly E[];
  nodeId: (node: N) => string;
  edgeEnds: (edge: E) => GraphmlEdgeEnds;
}

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`;

export function writeGraphml<N, E>(doc: GraphmlDocument<N, E>): string {
  const nodeKeys = doc.nodeKeys.map((key, i) => ({ ...key, id: `n${i}` }));
  const edgeKeys = doc.edgeKeys.map((key, i) => ({ ...key, id: `e${i}` }));
  const lines = [HEADER];
  for (const key of nodeKeys) lines.push(keyLine(key.id, 'node', key));
  for (const key of edgeKeys) lines.push(keyLine(key.id, 'edge', key));
  lines.push(`  <graph id="${escapeXmlAttribute(doc.graphId)}" edgedefault="directed">`);
  for (const node of doc.nodes) {
    lines.push(`    <node id="${escapeXmlAttribute(doc.nodeId(node))}">${dataOf(node, nodeKeys)}</node>`);
  }
  for (const edge of doc.edges) {
    const { id, source, target } = doc.edgeEnds(edge);
    lines.push(
      `    <edge id="${escapeXmlAttribute(id)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}">${dataOf(edge, edgeKeys)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function keyLine(id: string, domain: 'node' | 'edge', key: { name: string; type: GraphmlType }): string {
  return `  <key id="${id}" for="${domain}" attr.name="${escapeXmlAttribute(key.name)}" attr.type="${key.type}"/>`;
}

function dataOf<T>(item: T, keys: readonly (GraphmlKey<T> & { id: string })[]): string {
  let out = '';
  for (const key of keys) {
    const text = formatValue(key.value(item), key);
    if (text !== null) out += `<data key="${key.id}">${escapeXmlText(text)}</data>`;
  }
  return out;
}

/** null for "no value" (no <data> element), so tools see a missing attribute, not "". */
export function formatValue(value: GraphmlValue, key: { name: string; type: GraphmlType }): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (key.type) {
    case 'int':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw mismatch(value, key);
      return String(value);
    case 'float':
    case 'double':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw mismatch(value, key);
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch(value, key);
      return String(value);
    case 'string':
      return String(value);
  }
}

function mismatch(value: GraphmlValue, key: { name: string; type: GraphmlType }): Error {
  return new TypeError(
    `GraphML attribute "${key.name}" is declared ${key.type} but got ${JSON.stringify(value)}.`,
  );
}
