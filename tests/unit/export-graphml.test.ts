import { describe, expect, it } from 'vitest';
import { graphToGraphml } from '../../api/exports/graph-graphml.js';
import { formatValue, writeGraphml } from '../../api/exports/graphml.js';
import { escapeXmlAttribute, escapeXmlText } from '../../api/exports/xml-text.js';
import { createTestEntity, createTestExportGraph, createTestProvenance } from '../support/export-fixtures.js';

describe('escapeXmlText', () => {
  it('escapes markup characters and keeps quotes readable', () => {
    expect(escapeXmlText('a < b && c > d "q" \'s\'')).toBe('a &lt; b &amp;&amp; c &gt; d "q" \'s\'');
  });

  it('keeps newlines and tabs, and writes CR as a reference so parsers do not drop it', () => {
    expect(escapeXmlText('one\ntwo\tthree\r')).toBe('one\ntwo\tthree&#13;');
  });

  it('replaces characters XML cannot carry (controls, lone surrogates) with U+FFFD', () => {
    expect(escapeXmlText('bell\u0007 nul\u0000 lone\uD800 end')).toBe('bell\uFFFD nul\uFFFD lone\uFFFD end');
  });

  it('keeps characters outside the BMP', () => {
    expect(escapeXmlText('flag 🇺🇦')).toBe('flag 🇺🇦');
  });
});

describe('escapeXmlAttribute', () => {
  it('escapes quotes and whitespace that attribute normalisation would lose', () => {
    expect(escapeXmlAttribute('a|HOSTED|"b"\n\t\'c\'')).toBe('a|HOSTED|&quot;b&quot;&#10;&#9;&apos;c&apos;');
  });
});

describe('writeGraphml', () => {
  const doc = {
    graphId: 'g',
    nodeKeys: [
      {
        name: 'label',
        type: 'string' as const,
        value: (n: { id: string; count: number | null }) => n.id.toUpperCase(),
      },
      { name: 'count', type: 'int' as const, value: (n: { id: string; count: number | null }) => n.count },
    ],
    edgeKeys: [
      {
        name: 'type',
        type: 'string' as const,
        value: (e: { from: string; to: string }) => `${e.from}>${e.to}`,
      },
    ],
    nodes: [
      { id: 'a', count: 2 },
      { id: 'b', count: null },
    ],
    edges: [{ from: 'a', to: 'b' }],
    nodeId: (n: { id: string }) => n.id,
    edgeEnds: (e: { from: string; to: string }) => ({
      id: `${e.from}|${e.to}`,
      source: e.from,
      target: e.to,
    }),
  };

  it('declares every attribute as a typed key before the graph', () => {
    const xml = writeGraphml(doc);
    expect(xml).toContain('<key id="n0" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="n1" for="node" attr.name="count" attr.type="int"/>');
    expect(xml).toContain('<key id="e0" for="edge" attr.name="type" attr.type="string"/>');
    expect(xml.indexOf('<key ')).toBeLessThan(xml.indexOf('<graph '));
  });

  it('writes one node and one edge element each, leaving out empty values', () => {
    expect(writeGraphml(doc)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="n0" for="node" attr.name="label" attr.type="string"/>
  <key id="n1" for="node" attr.name="count" attr.type="int"/>
  <key id="e0" for="edge" attr.name="type" attr.type="string"/>
  <graph id="g" edgedefault="directed">
    <node id="a"><data key="n0">A</data><data key="n1">2</data></node>
    <node id="b"><data key="n0">B</data></node>
    <edge id="a|b" source="a" target="b"><data key="e0">a&gt;b</data></edge>
  </graph>
</graphml>
`);
  });
});

describe('formatValue', () => {
  it('refuses a value that does not fit the declared type', () => {
    expect(() => formatValue(1.5, { name: 'evidenceCount', type: 'int' })).toThrow(
      /"evidenceCount" is declared int but got 1.5/,
    );
    expect(() => formatValue('yes', { name: 'flag', type: 'boolean' })).toThrow(TypeError);
  });

  it('treats null, undefined and the empty string as no value', () => {
    expect(formatValue(null, { name: 'x', type: 'string' })).toBeNull();
    expect(formatValue(undefined, { name: 'x', type: 'int' })).toBeNull();
    expect(formatValue('', { name: 'x', type: 'string' })).toBeNull();
  });
});

describe('graphToGraphml', () => {
  it('declares the node and edge attributes analysts filter on, with their types', () => {
    const xml = graphToGraphml(createTestExportGraph());
    const keys = [
      ...xml.matchAll(/<key id="[^"]+" for="(node|edge)" attr.name="([^"]+)" attr.type="([^"]+)"\/>/g),
    ].map((m) => `${m[1]}:${m[2]}:${m[3]}`);
    expect(keys).toEqual([
      'node:label:string',
      'node:kind:string',
      'node:type:string',
      'node:name:string',
      'node:aliases:string',
      'node:description:string',
      'node:wikidataId:string',
      'node:origin:string',
      'node:earliest:string',
      'node:latest:string',
      'node:precision:string',
      'node:relativePhrase:string',
      'node:evidenceCount:int',
      'node:evidence:string',
      'node:evidenceIds:string',
      'node:status:string',
      'node:version:int',
      'node:createdBy:string',
      'node:createdAt:string',
      'node:updatedBy:string',
      'node:updatedAt:string',
      'node:lastRevisionId:string',
      'node:disagreements:string',
      'edge:label:string',
      'edge:type:string',
      'edge:role:string',
      'edge:note:string',
      'edge:evidenceCount:int',
      'edge:evidence:string',
      'edge:evidenceIds:string',
      'edge:status:string',
      'edge:version:int',
      'edge:createdBy:string',
      'edge:createdAt:string',
      'edge:updatedBy:string',
      'edge:updatedAt:string',
      'edge:lastRevisionId:string',
    ]);
  });

  it('uses the graph ids for nodes and edges and the stored direction for edges', () => {
    const xml = graphToGraphml(createTestExportGraph());
    expect(xml).toContain('<node id="actor:ukraine">');
    expect(xml).toContain('<node id="event:istanbul-talks">');
    expect(xml).toContain(
      '<edge id="actor:ukraine|PARTICIPATED_IN|event:istanbul-talks" source="actor:ukraine" target="event:istanbul-talks">',
    );
  });

  it('writes the label, the kind, the dates with their precision and the quotes of a node', () => {
    const xml = graphToGraphml(createTestExportGraph());
    const event = /<node id="event:istanbul-talks">(.*)<\/node>/.exec(xml)?.[1] ?? '';
    expect(event).toContain('<data key="n0">Istanbul talks</data>');
    expect(event).toContain('<data key="n1">EVENT</data>');
    expect(event).toContain('<data key="n2">peace-talks</data>');
    expect(event).toContain('<data key="n8">2025-05-16</data>');
    expect(event).toContain('<data key="n9">2025-07-23</data>');
    expect(event).toContain('<data key="n10">approximate</data>');
    expect(event).toContain('<data key="n12">1</data>');
    expect(event).toContain('<data key="n13">Negotiators in Istanbul</data>');
  });

  it('escapes names and quotes', () => {
    const graph = createTestExportGraph({
      nodes: [
        {
          entity: createTestEntity({ name: 'A & B <group>', aliases: ['"AB"', 'A+B'] }),
          evidence: [{ id: 'statement:s:0-1', text: 'x < y\ny > z' }],
          provenance: createTestProvenance(),
        },
      ],
      edges: [],
    });
    const xml = graphToGraphml(graph);
    expect(xml).toContain('<data key="n0">A &amp; B &lt;group&gt;</data>');
    expect(xml).toContain('<data key="n4">"AB"; A+B</data>');
    expect(xml).toContain('<data key="n13">x &lt; y\ny &gt; z</data>');
  });
});
