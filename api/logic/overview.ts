import type { GraphClient } from '../../graph/client.js';
import { ENTITY_LABELS, type EntityLabel } from '../../graph/model/labels.js';
import type { RelationshipRecord } from '../../graph/model/records.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import {
  countMoreNeighbours,
  listOverviewCandidates,
  type OverviewFilter,
  type ScoredEntity,
} from '../../graph/queries/get-overview.js';
import { listRelationsBetween } from '../../graph/queries/list-relations-between.js';
import { EDGES_PER_NODE } from './neighborhood.js';

// The web's first view (issue 14): a bounded set of the most connected, best evidenced entities
// for the current filters, the relationships among them, and per node how many neighbours were
// left out. A few bounded queries, chosen by what the request starts from:
// - ids (a source's items on the review screen): those, then their best neighbours;
// - a focus (issues/actors): the focus, its best neighbours, then their context;
// - a time window: the best events that may fall in it, then their context;
// - nothing: the top of the score index.

export interface OverviewRequest extends OverviewFilter {
  limit: number;
  /** Only what is joined to these (issues, actors); null: no focus. */
  focusIds: readonly string[] | null;
  /** These entities and their context; null: none given. */
  ids: readonly string[] | null;
}

export interface OverviewNode {
  entity: EntityNode;
  score: number;
  /** Readable neighbours not in the overview (counted up to MORE_CAP). */
  more: number;
}

export interface Overview {
  nodes: OverviewNode[];
  edges: RelationshipRecord[];
  truncated: boolean;
}

/** How much of the limit the primary candidates take; the rest is their context. */
const PRIMARY_SHARE = 0.6;
/** Window rows read at most before ranking them; a fuller window reads the score index. */
export const WINDOW_CAP = 2000;

async function primary(client: GraphClient, request: OverviewRequest, room: number): Promise<ScoredEntity[]> {
  const wantsEvents = !request.labels || request.labels.includes('Event');
  if (!wantsEvents || !request.from || !request.to) {
    return listOverviewCandidates(client, 'top', request, { limit: room });
  }
  const events = await listOverviewCandidates(client, 'window', request, { limit: room, cap: WINDOW_CAP });
  if ((events[0]?.seen ?? 0) < WINDOW_CAP) return events;
  return listOverviewCandidates(client, 'topEvents', request, { limit: room });
}

export async function loadOverview(client: GraphClient, request: OverviewRequest): Promise<Overview> {
  const chosen: ScoredEntity[] = [];
  const add = (found: ScoredEntity[]) => {
    const ids = new Set(chosen.map((c) => c.entity.id));
    chosen.push(...found.filter((c) => !ids.has(c.entity.id)).slice(0, request.limit - chosen.length));
  };
  const ids = () => chosen.map((c) => c.entity.id);
  const share = Math.max(1, Math.floor(request.limit * PRIMARY_SHARE));

  if (request.ids) {
    add(await listOverviewCandidates(client, 'ids', request, { limit: request.limit, ids: request.ids }));
  } else if (request.focusIds) {
    add(await listOverviewCandidates(client, 'ids', request, { limit: share, ids: request.focusIds }));
    add(
      await listOverviewCandidates(client, 'around', request, {
        limit: share - chosen.length,
        ids: request.focusIds,
        exclude: ids(),
      }),
    );
  } else if (request.from || request.to) {
    add(await primary(client, request, share));
  } else {
    add(await listOverviewCandidates(client, 'top', request, { limit: request.limit }));
  }
  // The context of what was chosen (actors, places, issues of the events; events of a focus).
  // The unfiltered top holds every scored entity when it is short of the limit: no context left.
  const filtered = Boolean(request.ids || request.focusIds || request.from || request.to);
  if (filtered && chosen.length > 0 && chosen.length < request.limit) {
    add(
      await listOverviewCandidates(client, 'around', request, {
        limit: request.limit - chosen.length,
        ids: ids(),
        exclude: ids(),
      }),
    );
  }
  const maxEdges = request.limit * EDGES_PER_NODE;
  const [edges, more] = await Promise.all([
    listRelationsBetween(client, ids(), maxEdges + 1, request),
    countMoreNeighbours(client, ids(), request),
  ]);
  const nodes = chosen.map((c) => ({ ...c, more: more.get(c.entity.id) ?? 0 }));
  const truncated = edges.length > maxEdges || nodes.some((node) => node.more > 0);
  return { nodes, edges: edges.slice(0, maxEdges), truncated };
}

/** The labels a `kinds` argument keeps (null: every label). */
export function overviewLabels(kinds: readonly EntityLabel[] | null | undefined): EntityLabel[] | null {
  if (!kinds || kinds.length === 0) return null;
  return ENTITY_LABELS.filter((label) => kinds.includes(label));
}
