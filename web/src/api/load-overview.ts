import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { EntityKind, TimeRange } from '../app/state.js';
import { EMPTY_GRAPH, type GraphModel, mergeGraph } from '../graph/model.js';
import { graphqlRequest } from './client.js';
import {
  type EntityResult,
  GRAPH_EDGE_FIELDS,
  type GraphElementEdge,
  toEdgeRecords,
  toNodeRecord,
} from './graph-elements.js';

// The first view: a bounded overview the server chooses (the most connected, best evidenced
// entities for the filters, the edges among them, and per node how many neighbours it left out).
// On a graph smaller than the limit it is the whole graph, so the app filters it locally as
// before; on a larger one the app asks again when the filters change and expands on demand.

export const OVERVIEW_QUERY = /* GraphQL */ `
  query LoadOverview(
    $limit: Int!
    $from: Date
    $to: Date
    $kinds: [EntityKind!]
    $issueIds: [ID!]
    $actorIds: [ID!]
    $ids: [ID!]
    $status: [ReviewStatus!]
    $withStatus: Boolean = false
  ) {
    overview(
      limit: $limit
      from: $from
      to: $to
      kinds: $kinds
      issueIds: $issueIds
      actorIds: $actorIds
      ids: $ids
      status: $status
    ) {
      truncated
      nodes {
        moreNeighbors
        entity {
          id name kind entityKind aliases evidenceCount
          review @include(if: $withStatus) { status }
          ... on Event { origin precision earliest latest relativePhrase }
        }
      }
      edges { ...GraphEdgeFields review @include(if: $withStatus) { status } }
    }
  }
  ${GRAPH_EDGE_FIELDS}
`;

/** Nodes the first view holds at most: enough for a readable picture, few enough to draw fast. */
export const OVERVIEW_LIMIT = 200;

export interface OverviewInput {
  range?: TimeRange | null;
  kinds?: readonly EntityKind[] | null;
  issueIds?: readonly string[];
  actorIds?: readonly string[];
  /** These entities and their context (a source's items on the review screen). */
  ids?: readonly string[] | null;
  /** Review statuses to include (null: the API's default, accepted only); each item then says its own. */
  statuses?: readonly ReviewStatus[] | null;
}

export interface LoadedOverview {
  model: GraphModel;
  /** Per node, neighbours the overview left out ("+n more"). */
  more: Map<string, number>;
}

interface OverviewResult {
  overview: {
    truncated: boolean;
    nodes: { moreNeighbors: number; entity: EntityResult }[];
    edges: GraphElementEdge[];
  };
}

const listOrNull = <T>(items: readonly T[] | null | undefined) => (items && items.length > 0 ? items : null);

/** The overview's variables for some filters (pure). */
export function overviewVariables(input: OverviewInput, limit = OVERVIEW_LIMIT): Record<string, unknown> {
  return {
    limit,
    from: input.range?.from ?? null,
    to: input.range?.to ?? null,
    kinds: listOrNull(input.kinds),
    issueIds: listOrNull(input.issueIds),
    actorIds: listOrNull(input.actorIds),
    ids: listOrNull(input.ids),
    status: listOrNull(input.statuses),
    withStatus: listOrNull(input.statuses) !== null,
  };
}

export async function loadOverview(
  input: OverviewInput = {},
  signal?: AbortSignal,
  limit = OVERVIEW_LIMIT,
): Promise<LoadedOverview> {
  const { overview } = await graphqlRequest<OverviewResult>(
    OVERVIEW_QUERY,
    overviewVariables(input, limit),
    signal,
  );
  const nodes = overview.nodes.map((node) => toNodeRecord(node.entity));
  const more = new Map(overview.nodes.map((node) => [node.entity.id, node.moreNeighbors]));
  const { model } = mergeGraph(EMPTY_GRAPH, nodes, toEdgeRecords(overview.edges), overview.truncated);
  return { model, more };
}
