// A generated corpus of malformed requests for the hostile-input suite: deterministic (seeded),
// so a failure names a request that can be replayed. Each request is something a careless or
// hostile client could send; none of them may crash the app or be answered as a server fault.
export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

// mulberry32: a tiny seeded PRNG, good enough to vary inputs reproducibly.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID_QUERIES = [
  '{ stats { entityCount statementCount } }',
  '{ node(id: "actor:ukraine") { id ... on Actor { name events { event { name } } } } }',
  '{ search(query: "Kyiv") { score entity { id name } snippet { html } } }',
  '{ timeline(first: 5) { totalCount edges { node { id earliest latest } } } }',
  '{ neighborhood(id: "actor:ukraine", depth: 2, limit: 50) { truncated nodes { id } edges { id } } }',
  '{ paths(from: "actor:russia", to: "place:istanbul") { length nodes { id } } }',
  'query Q($id: ID!) { node(id: $id) { id } }',
  'query S($q: String!, $n: Int) { search(query: $q, first: $n) { score } }',
  '{ actors(first: 3) { pageInfo { endCursor } edges { node { id aliases } } } }',
];

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const NOISE = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '!',
  '"',
  '\\',
  ' ',
  '\n',
  '#',
  '.',
  ',',
  '...',
  '\u0000',
  'é',
  '𝄞',
];
const WEIRD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  2 ** 53 + 1,
  '',
  'x'.repeat(5_000),
  [],
  [[[]]],
  {},
  true,
  '{bad',
  '\u0000',
];
const PATHS = [
  '/',
  '/graphql',
  '/graphql/',
  '/health',
  '/ready',
  '/export/',
  '/export/events.csv',
  '/export/graph.json',
  '/.env',
  '/.git/config',
  '/assets/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%00',
  '/%E0%A4%A',
  '/index.html',
  '/assets/x.js.map',
  '/wp-login.php',
  `/${'a'.repeat(3_000)}`,
  '/graphql?query=%7B',
];
const ACCEPTS = [
  '*/*',
  'text/html',
  'application/json',
  'application/graphql-response+json',
  'image/png',
  '',
  'x',
];
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/graphql',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  '',
];
const RANGES = [
  'bytes=5-1',
  'bytes=0-99999999999999999999999',
  'bytes=-5',
  'bytes=abc',
  'bytes=1-2,3-4',
  'items=0-1',
];

export function hostileCorpus(count: number, seed = 15): HostileRequest[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const mutate = (text: string): string => {
    const at = Math.floor(next() * (text.length + 1));
    const roll = next();
    if (roll < 0.3) return text.slice(0, at);
    if (roll < 0.6) return text.slice(0, at) + pick(NOISE) + text.slice(at);
    if (roll < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 5));
    return text.replace(/"[a-z]+:[^"]*"/, `"${pick(PROTOTYPE_KEYS)}:${pick(['x', '', '1'])}"`);
  };
  const graphqlBody = (): string => {
    const roll = next();
    if (roll < 0.15) return JSON.stringify({ query: pick(WEIRD_VALUES), variables: pick(WEIRD_VALUES) });
    if (roll < 0.25)
      return JSON.stringify({
        query: pick(VALID_QUERIES),
        variables: pick(WEIRD_VALUES),
        extensions: pick(WEIRD_VALUES),
        operationName: pick(WEIRD_VALUES),
      });
    if (roll < 0.3) return mutate(JSON.stringify({ query: pick(VALID_QUERIES) }));
    const variables = { id: `${pick(PROTOTYPE_KEYS)}:x`, q: pick(WEIRD_VALUES), n: pick(WEIRD_VALUES) };
    return JSON.stringify({ query: mutate(pick(VALID_QUERIES)), variables });
  };
  const requests: HostileRequest[] = [];
  for (let i = 0; i < count; i++) {
    const kind = next();
    const accept = pick(ACCEPTS);
    if (kind < 0.6) {
      requests.push({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': pick(CONTENT_TYPES), accept },
        body: graphqlBody(),
      });
    } else if (kind < 0.8) {
      const params = new URLSearchParams({ query: mutate(pick(VALID_QUERIES)) });
      if (next() < 0.5) params.set('variables', mutate('{"id":"actor:ukraine"}'));
      if (next() < 0.3) params.set('extensions', mutate('{"persistedQuery":{}}'));
      requests.push({ method: 'GET', path: `/graphql?${params}`, headers: { accept } });
    } else if (kind < 0.96) {
      requests.push({
        method: pick(['GET', 'HEAD', 'GET', 'OPTIONS', 'DELETE', 'PUT']),
        path: pick(PATHS),
        headers: {
          accept,
          range: pick(RANGES),
          origin: pick(['null', 'http://evil.example', 'http://127.0.0.1']),
        },
      });
    } else {
      const filter = pick(['from', 'to', 'kinds', 'types', 'actorIds', 'q', 'format']);
      const value = encodeURIComponent(String(pick(WEIRD_VALUES)).slice(0, 200));
      requests.push({
        method: 'GET',
        path: `${pick(['/export/events.csv', '/export/graph.json', '/export/graph.graphml'])}?${filter}=${value}`,
        headers: { accept },
      });
    }
  }
  return requests;
}
