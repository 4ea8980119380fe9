import { possiblyOverlaps } from '../../../graph/time/possible-span.js';
import type { EntityKind, TimeRange } from '../app/state.js';
import type { GraphModel, NodeRecord } from './model.js';

// Which nodes the graph shows for the current filters. Pure, so the rules are unit-tested:
// - kinds hide whole kinds;
// - issue/actor filters keep the chosen issues/actors, what is joined to them, and the direct
//   context (actors, places, issues) of the events and claims kept; both together intersect;
// - a time range keeps events that may fall inside it (unknown bounds are open) and drops
//   nodes left with no visible neighbour by that;
// - expanded nodes show with their neighbours, and selected nodes always show.

export interface GraphFilters {
  kinds: readonly EntityKind[];
  issueIds: readonly string[];
  actorIds: readonly string[];
  range: TimeRange | null;
  expanded: readonly string[];
  selection: readonly string[];
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

function adjacency(model: GraphModel): Map<string, Set<string>> {
  const adjacent = new Map<string, Set<string>>();
  for (const id of model.nodes.keys()) adjacent.set(id, new Set());
  for (const edge of model.edges.values()) {
    adjacent.get(edge.source)?.add(edge.target);
    adjacent.get(edge.target)?.add(edge.source);
  }
  return adjacent;
}

function withNeighbours(ids: Iterable<string>, adjacent: Map<string, Set<string>>): Set<string> {
  const result = new Set<string>();
  for (const id of ids) {
    if (!adjacent.has(id)) continue;
    result.add(id);
    for (const other of adjacent.get(id) ?? []) result.add(other);
  }
  return result;
}

function isFact(node: NodeRecord | undefined): boolean {
  return node?.kind === 'EVENT' || node?.kind === 'CLAIM';
}

function focusSet(
  model: GraphModel,
  filters: GraphFilters,
  adjacent: Map<string, Set<string>>,
): Set<string> | null {
  const groups = [filters.issueIds, filters.actorIds].filter((ids) => ids.length > 0);
  if (groups.length === 0) return null;
  const reach = groups.map((ids) => withNeighbours(ids, adjacent));
  const [first, ...rest] = reach;
  const shared = [...(first ?? [])].filter((id) => rest.every((set) => set.has(id)));
  const facts = shared.filter((id) => isFact(model.nodes.get(id)));
  const result = withNeighbours(facts, adjacent);
  for (const ids of groups) for (const id of ids) if (model.nodes.has(id)) result.add(id);
  // With one filter alone, everything joined to the chosen entities is in focus.
  if (groups.length === 1) for (const id of shared) result.add(id);
  return result;
}

export function visibleElements(model: GraphModel, filters: GraphFilters): Visible {
  const adjacent = adjacency(model);
  let candidates = new Set(model.nodes.keys());
  const focus = focusSet(model, filters, adjacent);
  if (focus) candidates = new Set([...candidates].filter((id) => focus.has(id)));

  const range = filters.range;
  if (range) {
    const inRange = new Set(
      [...candidates].filter((id) => {
        const node = model.nodes.get(id);
        return node?.kind !== 'EVENT' || possiblyOverlaps(node.time, range);
      }),
    );
    // Drop what the time filter cut off from everything it was joined to.
    candidates = new Set(
      [...inRange].filter((id) => {
        const around = adjacent.get(id) ?? new Set();
        return around.size === 0 || [...around].some((other) => inRange.has(other));
      }),
    );
  }

  const kinds = new Set(filters.kinds);
  const nodes = new Set([...candidates].filter((id) => kinds.has(model.nodes.get(id)?.kind as EntityKind)));
  for (const id of withNeighbours(filters.expanded, adjacent)) {
    if (kinds.has(model.nodes.get(id)?.kind as EntityKind)) nodes.add(id);
  }
  for (const id of filters.selection) if (model.nodes.has(id)) nodes.add(id);

  const edges = new Set<string>();
  for (const edge of model.edges.values()) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  }
  return { nodes, edges };
}

export function hasActiveFilters(
  filters: Omit<GraphFilters, 'expanded' | 'selection'>,
  allKinds: number,
): boolean {
  return (
    filters.kinds.length !== allKinds ||
    filters.issueIds.length > 0 ||
    filters.actorIds.length > 0 ||
    filters.range !== null
  );
}
