import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { refreshTimelineOrder } from '../../graph/time/refresh-timeline-order.js';
import { connectTestClient } from '../support/test-neo4j.js';

// A database written before the order was stored (or before `listKey` existed) has events without
// those properties, and the events list and timeline, which seek on them, show nothing. `npm start`
// runs refreshTimelineOrder after the migrations; this is what it must do.
let client: GraphClient;

beforeAll(async () => {
  client = await connectTestClient();
});

afterAll(async () => {
  await client?.close();
});

const STORED = [
  'timelineRank',
  'sortDate',
  'placedBy',
  'possibleStart',
  'possibleEnd',
  'spanDays',
  'listKey',
];

describe('refreshing the stored timeline order', () => {
  it('gives events written by an older version their order back, and writes nothing when current', async () => {
    const [{ events } = { events: 0 }] = await client.read<{ events: number }>(
      'MATCH (e:Event) RETURN count(e) AS events',
    );
    expect(events).toBeGreaterThan(10);
    expect(await refreshTimelineOrder(client)).toBe(0);
    await client.write(`MATCH (e:Event) REMOVE ${STORED.map((p) => `e.${p}`).join(', ')}`);
    expect(await refreshTimelineOrder(client)).toBe(events);
    const [missing] = await client.read<{ n: number }>(
      'MATCH (e:Event) WHERE e.listKey IS NULL OR e.timelineRank IS NULL RETURN count(e) AS n',
    );
    expect(missing?.n).toBe(0);
    expect(await refreshTimelineOrder(client)).toBe(0);
  });
});
