import type { EntityKind } from '../app/state.js';
import type { EdgeRecord, EventTime, GraphModel, NodeRecord } from '../graph/model.js';
import { EMPTY_GRAPH, mergeGraph } from '../graph/model.js';
import { graphqlRequest } from './client.js';

// The whole graph, page by page: every entity with the relationships that start at it (each
// relationship has one stored start, so asking for outgoing links lists each exactly once;
// OPPOSES is listed from both ends and de-duplicated by id). Stops at `maxNodes`.

export const GRAPH_PAGE_QUERY = /* GraphQL */ `
  query GraphPage($first: Int!, $actors: String, $places: String, $issues: String, $events: String, $claims: String) {
    actors(first: $first, after: $actors) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...EntityFields
        events { ...EventLinkFields } claims { ...ClaimLinkFields } places { ...PlaceLinkFields }
        represents { ...ActorLinkFields } memberOf { ...ActorLinkFields } } }
    }
    places(first: $first, after: $places) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...EntityFields locatedIn { ...PlaceLinkFields } } }
    }
    issues(first: $first, after: $issues) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...EntityFields affects { ...ActorLinkFields } } }
    }
    events(first: $first, after: $events) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...EntityFields origin precision earliest latest relativePhrase
        locations { ...PlaceLinkFields } issues { ...IssueLinkFields } following { ...EventLinkFields }
        partOf { ...EventLinkFields } affects { ...ActorLinkFields } } }
    }
    claims(first: $first, after: $claims) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...EntityFields objects { ...EntityLinkFields } addressedTo { ...ActorLinkFields }
        issues { ...IssueLinkFields } opposing { ...ClaimLinkFields } } }
    }
  }
  fragment EntityFields on Entity { id name kind entityKind aliases evidenceCount }
  fragment ActorLinkFields on ActorLink { id type role sourceId targetId evidence { id } }
  fragment ClaimLinkFields on ClaimLink { id type role sourceId targetId evidence { id } }
  fragment EventLinkFields on EventLink { id type role sourceId targetId evidence { id } }
  fragment IssueLinkFields on IssueLink { id type role sourceId targetId evidence { id } }
  fragment PlaceLinkFields on PlaceLink { id type role sourceId targetId evidence { id } }
  fragment EntityLinkFields on EntityLink { id type role sourceId targetId evidence { id } }
`;

interface LinkResult {
  id: string;
  type: string;
  role: string | null;
  sourceId: string;
  targetId: string;
  evidence: { id: string }[];
}

interface EntityResult {
  id: string;
  name: string;
  kind: string;
  entityKind: EntityKind;
  aliases: string[];
  evidenceCount: number;
  origin?: EventTime['origin'];
  precision?: EventTime['precision'];
  earliest?: string | null;
  latest?: string | null;
  relativePhrase?: string | null;
  [links: string]: unknown;
}

interface ConnectionResult {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: EntityResult }[];
}

const TYPES = ['actors', 'places', 'issues', 'events', 'claims'] as const;
type GraphPage = Record<(typeof TYPES)[number], ConnectionResult>;

export const PAGE_SIZE = 100;
export const MAX_OVERVIEW_NODES = 2000;

export function toNodeRecord(entity: EntityResult): NodeRecord {
  return {
    id: entity.id,
    label: entity.name,
    kind: entity.entityKind,
    type: entity.kind,
    aliases: entity.aliases ?? [],
    evidenceCount: entity.evidenceCount,
    time:
      entity.entityKind === 'EVENT'
        ? {
            origin: entity.origin ?? 'ARTICLE',
            precision: entity.precision ?? 'UNKNOWN',
            earliest: entity.earliest ?? null,
            latest: entity.latest ?? null,
            relativePhrase: entity.relativePhrase ?? null,
          }
        : null,
  };
}

function linksOf(entity: EntityResult): EdgeRecord[] {
  const edges: EdgeRecord[] = [];
  for (const value of Object.values(entity)) {
    if (!Array.isArray(value)) continue;
    for (const link of value as LinkResult[]) {
      if (!link || typeof link !== 'object' || !('sourceId' in link)) continue;
      edges.push({
        id: link.id,
        source: link.sourceId,
        target: link.targetId,
        type: link.type,
        role: link.role,
        evidenceIds: link.evidence.map((s) => s.id),
      });
    }
  }
  return edges;
}

/** One page's entities and relationships as records (pure). */
export function recordsOfPage(page: GraphPage): { nodes: NodeRecord[]; edges: EdgeRecord[] } {
  const entities = TYPES.flatMap((type) => page[type].edges.map((edge) => edge.node));
  return { nodes: entities.map(toNodeRecord), edges: entities.flatMap(linksOf) };
}

export async function loadGraph(signal?: AbortSignal, maxNodes = MAX_OVERVIEW_NODES): Promise<GraphModel> {
  const cursors: Record<string, string | null> = {};
  const open = new Set<string>(TYPES);
  let nodes: NodeRecord[] = [];
  let edges: EdgeRecord[] = [];
  while (open.size > 0 && nodes.length < maxNodes) {
    const page = await graphqlRequest<GraphPage>(GRAPH_PAGE_QUERY, { first: PAGE_SIZE, ...cursors }, signal);
    const records = recordsOfPage(page);
    nodes = nodes.concat(records.nodes);
    edges = edges.concat(records.edges);
    for (const type of TYPES) {
      const info = page[type].pageInfo;
      cursors[type] = info.endCursor ?? cursors[type] ?? null;
      if (!info.hasNextPage) open.delete(type);
    }
  }
  // Edges can point at entities of a later page: merge them all at the end.
  return mergeGraph(EMPTY_GRAPH, nodes.slice(0, maxNodes), edges, open.size > 0).model;
}
