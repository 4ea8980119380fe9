import { GET_ENTITY_QUERY } from '../web/src/api/get-entity.js';

// What bench:scale asks the API on each corpus size: every operation the web app and the
// notebook use, named like the rows of issue 14. Ids come from bench/corpus/generate-corpus.ts.
export interface Operation {
  name: string;
  /** A GraphQL query with its variables, or a GET path (the exports). */
  graphql?: { query: string; variables?: Record<string, unknown> };
  path?: string;
}

export function scaleOperations(eventCount: number): Operation[] {
  const lastActor = `actor:gen-actor-${Math.max(20, Math.round(eventCount * 0.02)) - 1}`;
  const hub = 'actor:gen-actor-0';
  const q = (name: string, query: string, variables?: Record<string, unknown>): Operation => ({
    name,
    graphql: variables ? { query, variables } : { query },
  });
  const timeline = (args: string) =>
    `{ timeline(first: 50${args}) { edges { placedBy sortDate node { id name earliest latest precision } } pageInfo { hasNextPage endCursor } } }`;
  const hood = (id: string, depth: number) =>
    `{ neighborhood(id: "${id}", depth: ${depth}, limit: 100) { truncated nodes { id label } edges { id type } } }`;
  return [
    q('timeline first page', timeline('')),
    q('timeline one-month window', timeline(', from: "2020-03-01", to: "2020-03-31"')),
    q('timeline by hub actor', timeline(`, actorIds: ["${hub}"]`)),
    q('timeline by small actor', timeline(`, actorIds: ["${lastActor}"]`)),
    q('events(first: 50)', '{ events(first: 50) { totalCount edges { node { id name earliest } } } }'),
    q('events(first: 50), no totalCount', '{ events(first: 50) { edges { node { id name earliest } } } }'),
    q('claims(first: 50)', '{ claims(first: 50) { totalCount edges { node { id name kind } } } }'),
    q('search common', '{ search(query: "Event") { entity { id name } } }'),
    q('search rare', '{ search(query: "Hub actor") { entity { id name } } }'),
    q('neighborhood hub d1', hood(hub, 1)),
    q('neighborhood hub d2', hood(hub, 2)),
    q('neighborhood small d2', hood(lastActor, 2)),
    q('paths small↔small', `{ paths(from: "${lastActor}", to: "place:gen-place-7") { length } }`),
    q('paths hub↔small', `{ paths(from: "${hub}", to: "${lastActor}") { length } }`),
    q('entity details (hub)', GET_ENTITY_QUERY, { id: hub }),
    q('stats', '{ stats { entityCount relationshipCount statementCount counts { kind count } } }'),
    { name: 'export events.csv (one year)', path: '/export/events.csv?from=2020-01-01&to=2020-12-31' },
    { name: 'export graph.json', path: '/export/graph.json' },
    { name: 'export graph.json (actors, issues)', path: '/export/graph.json?kinds=ACTOR,ISSUE' },
  ];
}
