import type { GraphClient } from '../../graph/client.js';
import type { EntityLabel } from '../../graph/model/labels.js';
import type { EventOrigin, RelationshipRecord } from '../../graph/model/records.js';
import type { ReviewStatus } from '../../graph/model/review-status.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { expandNeighborhood } from '../../graph/queries/expand-neighborhood.js';
import { getEntities } from '../../graph/queries/get-entities.js';
import { listRelationsBetween } from '../../graph/queries/list-relations-between.js';
import { NotFoundError } from '../errors.js';

export interface Subgraph {
  nodes: EntityNode[];
  edges: RelationshipRecord[];
  truncated: boolean;
}

export interface NeighborhoodRequest {
  id: string;
  depth: number;
  limit: number;
  labels: readonly EntityLabel[] | null;
  /** Statuses of the nodes and edges around the start (null: accepted only). */
  status: readonly ReviewStatus[] | null;
  /** Statuses the start may have (what the caller may fetch by id). */
  startStatuses: readonly ReviewStatus[];
  /** Events of these origins only are traversed and kept (null: both); the start is always kept. */
  origins?: readonly EventOrigin[] | null;
}

/** Edges drawn at most per node allowed, so a dense hub cannot blow up a response. */
export const EDGES_PER_NODE = 5;

/**
 * Breadth-first, nearest first: one query per level (at most `depth`), then one for the edges
 * among the nodes kept. `truncated` says the limit cut nodes or edges off.
 */
export async function loadNeighborhood(client: GraphClient, request: NeighborhoodRequest): Promise<Subgraph> {
  const [start] = await getEntities(client, [request.id], request.startStatuses);
  if (!start) throw new NotFoundError(request.id);
  const nodes: EntityNode[] = [start];
  let frontier = [start.id];
  let truncated = false;
  for (let level = 1; level <= request.depth && frontier.length > 0 && !truncated; level++) {
    // Asking for one more than there is room for tells whether the limit cut anything off.
    const room = Math.max(0, request.limit - nodes.length);
    const found = await expandNeighborhood(client, {
      frontier,
      seen: nodes.map((node) => node.id),
      labels: request.labels,
      origins: request.origins ?? null,
      limit: room + 1,
      status: request.status,
    });
    truncated = found.length > room;
    const kept = found.slice(0, room);
    nodes.push(...kept);
    frontier = kept.map((node) => node.id);
  }
  const maxEdges = request.limit * EDGES_PER_NODE;
  const edges = await listRelationsBetween(
    client,
    nodes.map((node) => node.id),
    maxEdges + 1,
    { status: request.status },
  );
  if (edges.length > maxEdges) truncated = true;
  return { nodes, edges: edges.slice(0, maxEdges), truncated };
}
