import { MinHeap } from './min-heap.js';

// The timeline order, computed once at write time and stored (see store-timeline-order.ts).
// Dated events go by their earliest bound; relative ones sit right after the latest event
// known to precede them (or before the earliest one they precede), and PRECEDES is never
// contradicted. PART_OF only breaks ties: a whole with no date of its own sorts at its earliest
// part, and at the same date a whole comes before its parts (the war before its first battle). Near-linear: two linear topological passes and one heap-driven pass,
// O((events + edges) · log events). A PRECEDES cycle (bad data) is broken at its earliest event.

export interface OrderInput {
  id: string;
  name: string;
  earliest: string | null;
  latest: string | null;
  /** `relative` events are placed by ORDER even when their order already gave them a bound. */
  precision: string | null;
}

export interface PrecedesInput {
  from: string;
  to: string;
}

/** `part` PART_OF `whole`. */
export interface PartOfInput {
  part: string;
  whole: string;
}

export type PlacedBy = 'DATE' | 'ORDER' | 'UNPLACED';

export interface TimelinePlace {
  id: string;
  /** 0-based position in the whole timeline. */
  rank: number;
  /** The date the event is sorted by: its own bound, or one inherited through PRECEDES. */
  sortDate: string | null;
  placedBy: PlacedBy;
}

const PLACED_BY_ORDER: Record<PlacedBy, number> = { DATE: 0, ORDER: 1, UNPLACED: 2 };

export function orderTimeline(
  events: readonly OrderInput[],
  precedes: readonly PrecedesInput[],
  partOf: readonly PartOfInput[] = [],
): TimelinePlace[] {
  const index = new Map(events.map((event, i) => [event.id, i]));
  const succ: number[][] = events.map(() => []);
  for (const edge of precedes) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from !== undefined && to !== undefined && from !== to) succ[from]?.push(to);
  }
  const anchors = events.map((event) => event.earliest ?? event.latest ?? null);
  const position = acyclicPositions(events, anchors, succ);
  const wholes = wholesOf(index, partOf);
  const keys = keysFromParts(inheritKeys(anchors, succ, position), wholes);
  const depth = partDepths(wholes);
  const placedBy = events.map((event, i): PlacedBy => {
    if (!keys[i]) return 'UNPLACED';
    return anchors[i] && event.precision !== 'relative' ? 'DATE' : 'ORDER';
  });
  // Every tie-break in one sort, so the heap compares plain integers.
  const sorted = events.map((_, i) => i);
  sorted.sort(
    (a, b) =>
      compareKeys(keys[a] ?? null, keys[b] ?? null) ||
      (depth[a] as number) - (depth[b] as number) ||
      PLACED_BY_ORDER[placedBy[a] as PlacedBy] - PLACED_BY_ORDER[placedBy[b] as PlacedBy] ||
      compareText((events[a] as OrderInput).name, (events[b] as OrderInput).name) ||
      compareText((events[a] as OrderInput).id, (events[b] as OrderInput).id),
  );
  const tie = new Array<number>(events.length);
  sorted.forEach((eventIndex, i) => {
    tie[eventIndex] = i;
  });

  const waiting = new Array<number>(events.length).fill(0);
  forEachForwardEdge(succ, position, (_from, to) => {
    waiting[to] = (waiting[to] as number) + 1;
  });
  const ready = new MinHeap();
  events.forEach((_, i) => {
    if (waiting[i] === 0) ready.push(tie[i] as number);
  });
  const out: TimelinePlace[] = [];
  while (ready.size > 0) {
    const i = sorted[ready.pop() as number] as number;
    out.push({
      id: (events[i] as OrderInput).id,
      rank: out.length,
      sortDate: keys[i] ?? null,
      placedBy: placedBy[i] as PlacedBy,
    });
    for (const next of succ[i] ?? []) {
      if ((position[next] as number) <= (position[i] as number)) continue;
      waiting[next] = (waiting[next] as number) - 1;
      if (waiting[next] === 0) ready.push(tie[next] as number);
    }
  }
  return out;
}

/**
 * A topological position for every event (Kahn's algorithm). When only a cycle is left, its
 * event with the earliest anchor is released; edges that then point backwards are ignored.
 */
function acyclicPositions(
  events: readonly OrderInput[],
  anchors: readonly (string | null)[],
  succ: readonly number[][],
): number[] {
  const incoming = new Array<number>(events.length).fill(0);
  for (const targets of succ) for (const to of targets) incoming[to] = (incoming[to] as number) + 1;
  // Sorted only when a cycle has to be broken (bad data), so clean data skips the sort.
  let byAnchor: number[] | null = null;
  const position = new Array<number>(events.length).fill(-1);
  const queue: number[] = [];
  events.forEach((_, i) => {
    if (incoming[i] === 0) queue.push(i);
  });
  let next = 0;
  let released = 0;
  for (let head = 0; next < events.length; ) {
    if (head === queue.length) {
      byAnchor ??= events
        .map((_, i) => i)
        .sort(
          (a, b) =>
            compareKeys(anchors[a] ?? null, anchors[b] ?? null) ||
            compareText((events[a] as OrderInput).id, (events[b] as OrderInput).id),
        );
      while (position[byAnchor[released] as number] !== -1) released++;
      queue.push(byAnchor[released] as number);
    }
    const i = queue[head++] as number;
    if (position[i] !== -1) continue;
    position[i] = next++;
    for (const to of succ[i] ?? []) {
      incoming[to] = (incoming[to] as number) - 1;
      if (incoming[to] === 0 && position[to] === -1) queue.push(to);
    }
  }
  return position;
}

/** Undated events take the latest key of what precedes them, else the earliest of what follows. */
function inheritKeys(
  anchors: readonly (string | null)[],
  succ: readonly number[][],
  position: readonly number[],
): (string | null)[] {
  const keys = [...anchors];
  const topo = new Array<number>(anchors.length);
  position.forEach((p, i) => {
    topo[p] = i;
  });
  const fromBefore = new Array<string | null>(anchors.length).fill(null);
  for (const i of topo) {
    if (!anchors[i]) keys[i] = fromBefore[i] ?? null;
    const key = keys[i];
    if (!key) continue;
    for (const to of succ[i] ?? []) {
      if (
        (position[to] as number) > (position[i] as number) &&
        (fromBefore[to] == null || key > (fromBefore[to] as string))
      ) {
        fromBefore[to] = key;
      }
    }
  }
  for (let p = topo.length - 1; p >= 0; p--) {
    const i = topo[p] as number;
    if (keys[i]) continue;
    for (const to of succ[i] ?? []) {
      const key = keys[to];
      if ((position[to] as number) > p && key && compareKeys(key, keys[i] ?? null) < 0) keys[i] = key;
    }
  }
  return keys;
}

/** For each event, the events it is PART_OF (unknown ids and self-loops left out). */
function wholesOf(index: ReadonlyMap<string, number>, partOf: readonly PartOfInput[]): number[][] {
  const wholes: number[][] = Array.from({ length: index.size }, () => []);
  for (const edge of partOf) {
    const part = index.get(edge.part);
    const whole = index.get(edge.whole);
    if (part !== undefined && whole !== undefined && part !== whole) wholes[part]?.push(whole);
  }
  return wholes;
}

/** How many wholes stand above each event (its longest PART_OF chain), without recursion. */
function partDepths(wholes: readonly number[][]): number[] {
  const depth = new Array<number>(wholes.length).fill(0);
  const parts: number[][] = wholes.map(() => []);
  const unresolved = wholes.map((ofPart) => ofPart.length);
  wholes.forEach((ofPart, part) => {
    for (const whole of ofPart) parts[whole]?.push(part);
  });
  const queue = wholes.flatMap((ofPart, i) => (ofPart.length === 0 ? [i] : []));
  for (let head = 0; head < queue.length; head++) {
    const whole = queue[head] as number;
    for (const part of parts[whole] ?? []) {
      depth[part] = Math.max(depth[part] as number, (depth[whole] as number) + 1);
      unresolved[part] = (unresolved[part] as number) - 1;
      if (unresolved[part] === 0) queue.push(part);
    }
  }
  // Events on a PART_OF cycle (bad data) keep the depth their resolved wholes gave them.
  return depth;
}

/** A whole with no key of its own (nor through PRECEDES) sorts at its earliest part's key. */
function keysFromParts(keys: readonly (string | null)[], wholes: readonly number[][]): (string | null)[] {
  const out = [...keys];
  const pendingParts = new Array<number>(wholes.length).fill(0);
  for (const ofPart of wholes)
    for (const whole of ofPart) pendingParts[whole] = (pendingParts[whole] as number) + 1;
  // Parts before their wholes (Kahn's algorithm), so a key climbs a chain of wholes in one pass.
  const queue = wholes.flatMap((_, i) => (pendingParts[i] === 0 ? [i] : []));
  for (let head = 0; head < queue.length; head++) {
    const part = queue[head] as number;
    for (const whole of wholes[part] ?? []) {
      const key = out[part] ?? null;
      if (!keys[whole] && key && compareKeys(key, out[whole] ?? null) < 0) out[whole] = key;
      pendingParts[whole] = (pendingParts[whole] as number) - 1;
      if (pendingParts[whole] === 0) queue.push(whole);
    }
  }
  return out;
}

function forEachForwardEdge(
  succ: readonly number[][],
  position: readonly number[],
  visit: (from: number, to: number) => void,
): void {
  succ.forEach((targets, from) => {
    for (const to of targets) if ((position[to] as number) > (position[from] as number)) visit(from, to);
  });
}

/** Dates compare as text; a missing key sorts last. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
