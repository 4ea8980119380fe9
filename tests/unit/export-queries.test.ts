import { describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { EXPORT_EVENT_DETAILS, exportEventDetails } from '../../graph/queries/export-event-details.js';
import {
  COUNT_EXPORT_ENTITIES,
  EXPORT_GRAPH_EDGES,
  EXPORT_GRAPH_NODES,
  ExportTooLargeError,
  exportGraph,
  inReadingOrder,
} from '../../graph/queries/export-graph.js';

// The export queries without a database: constant text, every $parameter supplied, input only
// ever as parameters.
interface Call {
  cypher: string;
  params: Record<string, unknown>;
}

function createTestClient(rows: Record<string, unknown>[][] = []): { client: GraphClient; calls: Call[] } {
  const calls: Call[] = [];
  const next = () => rows[calls.length - 1] ?? [];
  const run = async (cypher: string, params: Record<string, unknown> = {}) => {
    calls.push({ cypher, params });
    return { records: next().map((row) => ({ toObject: () => row })) };
  };
  const client = {
    queryCount: 0,
    read: async (cypher: string, params: Record<string, unknown> = {}) => {
      calls.push({ cypher, params });
      return next();
    },
    readTx: async <T>(work: (tx: unknown) => Promise<T>) => work({ run }),
  } as unknown as GraphClient;
  return { client, calls };
}

const parametersOf = (cypher: string) =>
  [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();

// GraphClient binds `statuses` (the review-status filter) for every statement it runs.
const suppliedParameters = (call: Call) =>
  [
    ...new Set([
      ...Object.keys(call.params),
      ...(parametersOf(call.cypher).includes('statuses') ? ['statuses'] : []),
    ]),
  ].sort();

describe('exportGraph', () => {
  it('passes kinds and types as parameters and keeps only edges between exported nodes', async () => {
    const { client, calls } = createTestClient([
      [{ n: 1 }],
      [{ entity: { id: 'actor:a', label: 'Actor', name: 'A', kind: 'state', aliases: [] }, evidence: [] }],
      [],
    ]);
    await exportGraph(client, { labels: ['Actor'], types: ['MEMBER_OF'] });
    expect(calls.map((c) => c.cypher)).toEqual([
      COUNT_EXPORT_ENTITIES,
      EXPORT_GRAPH_NODES,
      EXPORT_GRAPH_EDGES,
    ]);
    expect(calls[1]?.params).toEqual({ labels: ['Actor'], statuses: ['ACCEPTED'] });
    expect(calls[2]?.params).toEqual({ ids: ['actor:a'], types: ['MEMBER_OF'], statuses: ['ACCEPTED'] });
    for (const call of calls) expect(parametersOf(call.cypher)).toEqual(suppliedParameters(call));
  });

  it('exports every kind and every domain relationship type when no filter is given', async () => {
    const { client, calls } = createTestClient();
    await exportGraph(client, { labels: null, types: null });
    expect(calls[1]?.params).toEqual({ labels: null, statuses: ['ACCEPTED'] });
    expect(calls[2]?.params.types).toContain('PARTICIPATED_IN');
    expect(calls[2]?.params.types).not.toContain('EVIDENCED_BY');
  });

  it('refuses a graph over the limit before reading it, naming the count and the limit', async () => {
    const { client, calls } = createTestClient([[{ n: 12_000 }]]);
    const refused = exportGraph(client, { labels: null, types: null }, 5_000);
    await expect(refused).rejects.toBeInstanceOf(ExportTooLargeError);
    await expect(refused).rejects.toThrow(
      /12000 entities; one file holds at most 5000\. Ask for fewer kinds/,
    );
    expect(calls.map((c) => c.cypher)).toEqual([COUNT_EXPORT_ENTITIES]);
  });
});

describe('exportEventDetails', () => {
  it('asks once for all events and sorts each event’s quotes in reading order', async () => {
    const { client, calls } = createTestClient([
      [
        {
          id: 'event:a',
          participants: [{ id: 'actor:x', name: 'X', type: 'HOSTED', role: null }],
          places: [],
          issues: [],
          evidence: [
            { id: 'statement:s:120-130', text: 'later' },
            { id: 'statement:s:5-10', text: 'earlier' },
          ],
        },
      ],
    ]);
    const details = await exportEventDetails(client, ['event:a', 'event:b']);
    expect(calls).toEqual([{ cypher: EXPORT_EVENT_DETAILS, params: { ids: ['event:a', 'event:b'] } }]);
    expect(details.get('event:a')?.evidence.map((q) => q.text)).toEqual(['earlier', 'later']);
    expect(details.has('event:b')).toBe(false);
  });

  it('does not ask the database when there is no event', async () => {
    const { client, calls } = createTestClient();
    expect((await exportEventDetails(client, [])).size).toBe(0);
    expect(calls).toEqual([]);
  });
});

describe('inReadingOrder', () => {
  it('orders by source, then by offset, and drops duplicates', () => {
    const quotes = [
      { id: 'statement:b:0-1', text: 'b0' },
      { id: 'statement:a:100-101', text: 'a100' },
      { id: 'statement:a:20-21', text: 'a20' },
      { id: 'statement:a:20-21', text: 'a20' },
    ];
    expect(inReadingOrder(quotes).map((q) => q.text)).toEqual(['a20', 'a100', 'b0']);
  });
});
