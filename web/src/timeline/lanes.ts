import type { LaneMode } from '../app/state.js';
import type { TimelineEvent } from './placement.js';

// Lanes of the timeline: one per issue or one per actor. An event in two issues shows in both
// lanes (item ids are `<event id>@<lane id>`). An event with none of its own takes those of the
// larger event it is a round or stage of (PART_OF: a swap of the exchange series lands in the
// prisoner-exchange lane); what is left gets a lane of its own.

export const NO_LANE = '~none';

export interface Lane {
  id: string;
  label: string;
  eventIds: string[];
}

type Owner = { id: string; name: string };

/** The issues (or participants) of an event, inherited through PART_OF when it has none. */
export function ownersOf(
  event: TimelineEvent,
  byId: ReadonlyMap<string, TimelineEvent>,
  mode: LaneMode,
): Owner[] {
  const seen = new Set<string>();
  let frontier: TimelineEvent[] = [event];
  while (frontier.length > 0) {
    const found = frontier.flatMap((e) => (mode === 'issue' ? e.issues : e.participants));
    if (found.length > 0) return found.filter((o, i) => found.findIndex((x) => x.id === o.id) === i);
    for (const e of frontier) seen.add(e.id);
    frontier = frontier
      .flatMap((e) => e.partOf)
      .filter((id) => !seen.has(id))
      .map((id) => byId.get(id))
      .filter((e): e is TimelineEvent => e !== undefined);
  }
  return [];
}

export function lanesFor(
  events: readonly TimelineEvent[],
  mode: LaneMode,
  context: ReadonlyMap<string, TimelineEvent> = new Map(events.map((e) => [e.id, e])),
): Lane[] {
  const lanes = new Map<string, Lane>();
  const none: Lane = { id: NO_LANE, label: mode === 'issue' ? 'No issue' : 'No actor', eventIds: [] };
  for (const event of events) {
    const owners = ownersOf(event, context, mode);
    if (owners.length === 0) none.eventIds.push(event.id);
    for (const owner of owners) {
      const lane = lanes.get(owner.id) ?? { id: owner.id, label: owner.name, eventIds: [] };
      if (!lane.eventIds.includes(event.id)) lane.eventIds.push(event.id);
      lanes.set(owner.id, lane);
    }
  }
  const sorted = [...lanes.values()].sort(
    (a, b) => b.eventIds.length - a.eventIds.length || a.label.localeCompare(b.label),
  );
  return none.eventIds.length ? [...sorted, none] : sorted;
}

export function laneItemId(eventId: string, laneId: string): string {
  return `${eventId}@${laneId}`;
}

export function eventOfItem(itemId: string): string {
  const at = itemId.lastIndexOf('@');
  return at === -1 ? itemId : itemId.slice(0, at);
}
