import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CSV_COLUMNS } from '../../api/exports/events-csv.js';
import type { GraphClient } from '../../graph/client.js';
import { type AppUnderTest, readWholeTimeline, startAppUnderTest } from '../support/app-under-test.js';
import { type PythonExportReader, startPythonExportReader } from '../support/python-export-reader.js';
import { connectTestClient } from '../support/test-neo4j.js';

interface ParsedCsv {
  row_count: number;
  columns: string[];
  dtypes: Record<string, string>;
  records: Record<string, string | number | null>[];
}

describe('/export/events.csv read by pandas', () => {
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

  async function readCsv(query = ''): Promise<ParsedCsv> {
    const res = await fetch(`${app.base}/export/events.csv${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    return reader.parse<ParsedCsv>('csv', res);
  }

  it('has one row per timeline event, in the timeline’s order, with the documented columns', async () => {
    const csv = await readCsv();
    const timeline = await readWholeTimeline(app);
    expect(csv.columns).toEqual(EVENT_CSV_COLUMNS);
    expect(csv.row_count).toBe(timeline.length);
    expect(csv.records.map((r) => r.id)).toEqual(timeline.map((e) => e.id));
    const { stats } = await app.graphql<{ stats: { counts: { kind: string; count: number }[] } }>(
      '{ stats { counts { kind count } } }',
    );
    expect(csv.row_count).toBe(stats.counts.find((c) => c.kind === 'EVENT')?.count);
  });

  it('gives each event the API’s date bounds and precision', async () => {
    const csv = await readCsv();
    const timeline = await readWholeTimeline(app);
    expect(csv.records.map((r) => [r.earliest, r.latest, r.precision])).toEqual(
      timeline.map((e) => [e.earliest, e.latest, e.precision.toLowerCase()]),
    );
    expect(csv.dtypes.evidenceCount).toBe('int64');
  });

  it('lists participants, place, issues and the quotes as the API does', async () => {
    const csv = await readCsv();
    const { node } = await app.graphql<{
      node: {
        participants: { type: string; actor: { id: string } }[];
        locations: { place: { name: string } }[];
        issues: { issue: { id: string } }[];
        evidence: { id: string; text: string }[];
      };
    }>(
      `{ node(id: "event:istanbul-talks") { ... on Event {
          participants { type actor { id } } locations { place { name } } issues { issue { id } } evidence { id text }
      } } }`,
    );
    const row = csv.records.find((r) => r.id === 'event:istanbul-talks');
    expect(String(row?.participantIds).split('; ').sort()).toEqual(
      node.participants.map((p) => p.actor.id).sort(),
    );
    expect(String(row?.participants)).toContain('Turkey (HOSTED)');
    expect(row?.place).toBe(node.locations.map((l) => l.place.name).join('; '));
    expect(String(row?.issueIds).split('; ').sort()).toEqual(node.issues.map((i) => i.issue.id).sort());
    expect(row?.evidenceCount).toBe(node.evidence.length);
    expect(String(row?.evidence).split('\n')).toEqual(node.evidence.map((s) => s.text));
  });

  it('keeps CAMEO codes as text when read with the documented dtype', async () => {
    const csv = await readCsv();
    const exchange = csv.records.find((r) => r.id === 'event:most-recent-prisoner-exchange');
    expect(exchange?.cameoCode).toBe('0841');
  });

  it('applies the timeline’s filters: window, match, actors, issues, types', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['?from=2025-01-01&to=2025-12-31', { from: '2025-01-01', to: '2025-12-31' }],
      [
        '?from=2025-01-01&to=2025-12-31&match=CERTAINLY',
        { from: '2025-01-01', to: '2025-12-31', match: 'CERTAINLY' },
      ],
      ['?actorIds=actor:turkey', { actorIds: ['actor:turkey'] }],
      ['?issueIds=issue:prisoner-exchanges', { issueIds: ['issue:prisoner-exchanges'] }],
      ['?types=peace-talks,agreement', { types: ['peace-talks', 'agreement'] }],
    ];
    for (const [query, args] of cases) {
      const csv = await readCsv(query);
      const timeline = await readWholeTimeline(app, args);
      expect(timeline.length, query).toBeGreaterThan(0);
      expect(
        csv.records.map((r) => r.id),
        query,
      ).toEqual(timeline.map((e) => e.id));
    }
  });

  it('answers an empty window with the header only', async () => {
    const res = await fetch(`${app.base}/export/events.csv?from=1900-01-01&to=1900-01-02&match=CERTAINLY`);
    expect(await res.text()).toBe(`${EVENT_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('answers 400 with a clear message for bad filters', async () => {
    const bad: [string, string, RegExp][] = [
      ['from=June', 'from', /expected a calendar date "YYYY-MM-DD" \(a day that exists\)/],
      ['from=2025-06-02&to=2025-06-01', 'from', /must not be after "to"/],
      ['match=MAYBE', 'match', /use one of POSSIBLY, CERTAINLY/],
      ['actorIds=turkey', 'actorIds', /takes actor ids like actor:<slug>/],
      ['first=10', 'first', /Unknown parameter "first"/],
    ];
    for (const [query, parameter, message] of bad) {
      const res = await fetch(`${app.base}/export/events.csv?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = (await res.json()) as { error: string; code: string; parameter: string };
      expect(body, query).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
      expect(body.error, query).toMatch(message);
    }
  });

  it('answers 404 for an unknown export, 405 for POST, and headers only for HEAD', async () => {
    const missing = await fetch(`${app.base}/export/events.xlsx`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/Available: \/export\/graph.graphml/);
    const post = await fetch(`${app.base}/export/events.csv`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${app.base}/export/events.csv`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
  });

  it('lists the exports and their parameters at /export/', async () => {
    const res = await fetch(`${app.base}/export/`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { exports: { path: string; parameters: string[] }[] };
    expect(body.exports.map((e) => e.path)).toEqual([
      '/export/graph.graphml',
      '/export/graph.json',
      '/export/events.csv',
    ]);
    expect(body.exports[2]?.parameters).toEqual(['from', 'to', 'match', 'actorIds', 'issueIds', 'types']);
  });
});
