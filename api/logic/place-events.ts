// Puts events in time order: dated events by their bounds, relative ones by their PRECEDES
// order. A relative event sits right after the latest event known to precede it (or before
// the first it precedes), and PRECEDES is never contradicted.

export interface Placeable {
  id: string;
  name: string;
  earliest: string | null;
  latest: string | null;
  /** `relative` events are placed by ORDER even when their order already gave them a bound. */
  precision?: string | null;
}

export interface OrderPair {
  from: string;
  to: string;
  fromEarliest?: string | null;
  fromLatest?: string | null;
  toEarliest?: string | null;
  toLatest?: string | null;
}

export type PlacedBy = 'DATE' | 'ORDER' | 'UNPLACED';

export interface Placement<T> {
  event: T;
  /** The date used for sorting: its own bound, or one inherited through PRECEDES. */
  sortDate: string | null;
  placedBy: PlacedBy;
}

interface Item {
  id: string;
  name: string;
  anchor: string | null;
  key: string | null;
  placedBy: PlacedBy;
}

const LAST = '9999-12-31';

export function placeEvents<T extends Placeable>(
  events: readonly T[],
  order: readonly OrderPair[],
): Placement<T>[] {
  const items = new Map<string, Item>();
  const add = (
    id: string,
    name: string,
    earliest?: string | null,
    latest?: string | null,
    relative = false,
  ) => {
    if (items.has(id)) return;
    const anchor = earliest ?? latest ?? null;
    items.set(id, {
      id,
      name,
      anchor,
      key: anchor,
      placedBy: anchor ? (relative ? 'ORDER' : 'DATE') : 'UNPLACED',
    });
  };
  for (const event of events)
    add(event.id, event.name, event.earliest, event.latest, event.precision === 'relative');
  for (const pair of order) {
    add(pair.from, pair.from, pair.fromEarliest, pair.fromLatest);
    add(pair.to, pair.to, pair.toEarliest, pair.toLatest);
  }
  const succ = new Map<string, string[]>();
  const pred = new Map<string, string[]>();
  for (const pair of order) {
    // An edge that would close a cycle (bad data) is ignored, so the order stays a DAG.
    if (pair.from === pair.to || reaches(succ, pair.to, pair.from)) continue;
    succ.set(pair.from, [...(succ.get(pair.from) ?? []), pair.to]);
    pred.set(pair.to, [...(pred.get(pair.to) ?? []), pair.from]);
  }
  inheritKeys(items, pred, succ);

  const sorted = topologicalByKey(items, pred, succ);
  const byId = new Map(events.map((event) => [event.id, event]));
  return sorted.flatMap((item) => {
    const event = byId.get(item.id);
    return event ? [{ event, sortDate: item.key, placedBy: item.placedBy }] : [];
  });
}

function reaches(succ: Map<string, string[]>, from: string, to: string): boolean {
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(succ.get(id) ?? []));
  }
  return false;
}

/** Undated events take the latest key of what precedes them, else the earliest of what follows. */
function inheritKeys(
  items: Map<string, Item>,
  pred: Map<string, string[]>,
  succ: Map<string, string[]>,
): void {
  for (let pass = 0, changed = true; changed && pass <= items.size; pass++) {
    changed = false;
    for (const item of items.values()) {
      if (item.anchor) continue;
      const before = (pred.get(item.id) ?? [])
        .map((id) => items.get(id)?.key)
        .filter((k): k is string => !!k);
      const after = (succ.get(item.id) ?? []).map((id) => items.get(id)?.key).filter((k): k is string => !!k);
      const key = before.sort().at(-1) ?? after.sort()[0] ?? null;
      if (key !== item.key) {
        item.key = key;
        item.placedBy = key ? 'ORDER' : 'UNPLACED';
        changed = true;
      }
    }
  }
}

function compare(a: Item, b: Item): number {
  const ka = a.key ?? LAST;
  const kb = b.key ?? LAST;
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.placedBy !== b.placedBy) return a.placedBy === 'DATE' ? -1 : 1;
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Kahn's algorithm picking the earliest key among the events whose predecessors are placed. */
function topologicalByKey(
  items: Map<string, Item>,
  pred: Map<string, string[]>,
  succ: Map<string, string[]>,
): Item[] {
  const waiting = new Map([...items.keys()].map((id) => [id, new Set(pred.get(id) ?? [])]));
  const out: Item[] = [];
  const done = new Set<string>();
  while (done.size < items.size) {
    const ready = [...items.values()].filter(
      (item) => !done.has(item.id) && waiting.get(item.id)?.size === 0,
    );
    const pool = ready.length > 0 ? ready : [...items.values()].filter((item) => !done.has(item.id));
    const next = pool.sort(compare)[0];
    if (!next) break;
    done.add(next.id);
    out.push(next);
    for (const id of succ.get(next.id) ?? []) waiting.get(id)?.delete(next.id);
  }
  return out;
}
