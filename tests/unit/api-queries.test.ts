import { describe, expect, it } from 'vitest';
import type { GraphClient } from '../../graph/client.js';
import { countByStatus } from '../../graph/queries/count-by-status.js';
import { expandNeighborhood } from '../../graph/queries/expand-neighborhood.js';
import { findPaths } from '../../graph/queries/find-paths.js';
import { getEntities } from '../../graph/queries/get-entities.js';
import { getRelationships } from '../../graph/queries/get-relationships.js';
import { getStatements } from '../../graph/queries/get-statements.js';
import {
  countGraph,
  countSubKinds,
  countUnevidenced,
  listSourceCoverage,
} from '../../graph/queries/get-stats.js';
import { listActors } from '../../graph/queries/list-actors.js';
import { listAllusions } from '../../graph/queries/list-allusions.js';
import { listClaims } from '../../graph/queries/list-claims.js';
import { listEntitiesOf } from '../../graph/queries/list-entities-of.js';
import { listEntityNames } from '../../graph/queries/list-entity-names.js';
import { countEvents, listEvents } from '../../graph/queries/list-events.js';
import { listIssues } from '../../graph/queries/list-issues.js';
import { listPlaces } from '../../graph/queries/list-places.js';
import { listRelations } from '../../graph/queries/list-relations.js';
import { listRelationsBetween } from '../../graph/queries/list-relations-between.js';
import { listRelationships } from '../../graph/queries/list-relationships.js';
import { listSources } from '../../graph/queries/list-sources.js';
import { listStatements } from '../../graph/queries/list-statements.js';
import { listSupportedRelationships } from '../../graph/queries/list-supported-relationships.js';
import { countTimelineEvents, listTimelineEvents } from '../../graph/queries/list-timeline-events.js';
import { searchEntities } from '../../graph/queries/search-entities.js';
import { searchStatements } from '../../graph/queries/search-statements.js';

// Cypher text + parameters of every query, checked without a database: the text is a constant
// (user input only ever travels as $parameters) and every $parameter it uses is supplied.
interface Call {
  cypher: string;
  params: Record<string, unknown>;
}

function createTestClient(): { client: GraphClient; calls: Call[] } {
  const calls: Call[] = [];
  const client = {
    read: async (cypher: string, params: Record<string, unknown> = {}) => {
      calls.push({ cypher, params });
      return [];
    },
  } as unknown as GraphClient;
  return { client, calls };
}

const plain = (params: Record<string, unknown>) =>
  JSON.parse(
    JSON.stringify(params, (_k, v) => (v && typeof v === 'object' && 'low' in v ? Number(v.low) : v)),
  );

const HOSTILE = `x' }) DETACH DELETE n //`;
const window = { offset: 0, limit: 10 };

const runs: Record<string, (client: GraphClient) => Promise<unknown>> = {
  getEntities: (c) => getEntities(c, ['actor:ukraine']),
  listRelations: (c) =>
    listRelations(c, ['event:x'], { types: ['PARTICIPATED_IN', 'HOSTED'], direction: 'in', target: 'Actor' }),
  listEntityNames: (c) => listEntityNames(c, 'Actor'),
  listAllusions: (c) => listAllusions(c, ['event:x']),
  listStatements: (c) =>
    listStatements(
      c,
      { sourceIds: ['source:x'], sentences: [20], roles: ['no-claim'], text: HOSTILE },
      window,
    ),
  listActors: (c) => listActors(c, { kinds: ['state'], text: HOSTILE, eventIds: ['event:x'] }, window),
  listActorsProposed: (c) => listActors(c, { status: ['PROPOSED', 'ACCEPTED'] }, window),
  getAcceptedStatements: (c) => getStatements(c, ['statement:a:0-10'], ['ACCEPTED']),
  countByStatus: (c) => countByStatus(c),
  countTimelineProposed: (c) => countTimelineEvents(c, { certain: false, status: ['PROPOSED'] }),
  listPlaces: (c) => listPlaces(c, { text: 'Ist' }, window),
  listIssues: (c) => listIssues(c, { actorIds: ['actor:russia'] }, window),
  listEntitiesOf: (c) => listEntitiesOf(c, 'Issue', { kinds: ['humanitarian'], text: HOSTILE }, window),
  listEvents: (c) =>
    listEvents(c, { types: ['peace-talks'], origin: 'article', placeIds: ['place:istanbul'] }, window, {
      withTotal: false,
    }),
  listEventsOfActors: (c) => listEvents(c, { actorIds: ['actor:turkey'] }, window, { withTotal: false }),
  countEvents: (c) => countEvents(c, { types: ['peace-talks'], text: HOSTILE }),
  listClaims: (c) => listClaims(c, { stances: ['DEMANDS'], holderIds: ['actor:ukraine'] }, window),
  listSources: (c) => listSources(c, { kinds: ['article'] }, window),
  searchEntities: (c) =>
    searchEntities(c, { lucene: '(kyiv^3 OR kyiv*)', labels: ['Actor'], origins: ['article'], first: 5 }),
  searchStatements: (c) =>
    searchStatements(c, { lucene: '"press for"^8', sourceIds: ['source:x'], first: 5 }),
  listTimelineWindow: (c) =>
    listTimelineEvents(
      c,
      { from: '2025-01-01', to: '2025-12-31', certain: true },
      { afterRank: 3, beforeRank: null, limit: 11, backwards: false },
    ),
  listTimelineByActor: (c) =>
    listTimelineEvents(
      c,
      { actorIds: ['actor:turkey'], certain: false },
      { afterRank: null, beforeRank: 40, limit: 11, backwards: true },
    ),
  countTimelineByIssue: (c) => countTimelineEvents(c, { issueIds: [HOSTILE], certain: false }),
  countTimelineAll: (c) => countTimelineEvents(c, { certain: false }),
  expandNeighborhood: (c) =>
    expandNeighborhood(c, { frontier: ['actor:ukraine'], seen: ['actor:ukraine'], labels: null, limit: 11 }),
  listRelationsBetween: (c) => listRelationsBetween(c, ['actor:ukraine', 'event:x'], 100),
  findPaths: (c) => findPaths(c, { from: 'actor:russia', to: 'place:istanbul', maxLength: 4, first: 3 }),
  countGraph: (c) => countGraph(c),
  countSubKinds: (c) => countSubKinds(c),
  countUnevidenced: (c) => countUnevidenced(c),
  listSourceCoverage: (c) => listSourceCoverage(c),
  listRelationships: (c) =>
    listRelationships(c, { types: ['HOLDS'], entityIds: ['actor:ukraine', HOSTILE] }, window),
  listRelationshipsUnfiltered: (c) => listRelationships(c, {}, { offset: 50, limit: 50 }),
  getRelationships: (c) => getRelationships(c, ['actor:ukraine|HOLDS|claim:x'], ['actor:ukraine', 'claim:x']),
  listSupportedRelationships: (c) => listSupportedRelationships(c, ['statement:a:0-10', HOSTILE]),
};

describe('graph/queries', () => {
  for (const [name, run] of Object.entries(runs)) {
    it(`${name} sends a constant Cypher text with every parameter it uses`, async () => {
      const { client, calls } = createTestClient();
      await run(client);
      expect(calls).toHaveLength(1);
      const [call] = calls as [Call];
      const used = new Set([...call.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]));
      // GraphClient binds `statuses` (the review-status filter) for every statement it runs.
      const supplied = [
        ...new Set([...Object.keys(call.params), ...(used.has('statuses') ? ['statuses'] : [])]),
      ];
      expect([...used].sort()).toEqual(supplied.sort());
      expect(call.cypher).not.toContain(HOSTILE);
      expect({ cypher: call.cypher.trim(), params: plain(call.params) }).toMatchSnapshot();
    });
  }
});
