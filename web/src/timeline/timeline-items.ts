import type { DataGroup, DataItem } from 'vis-timeline';
import { localDate, nextDay } from '../util/dates.js';
import { type Lane, laneItemId } from './lanes.js';
import type { DatedItem, Placement, TimelineEvent } from './placement.js';

// vis-timeline's groups and items from lanes and placement (no DOM): one item per event and
// lane, a range as wide as every possible day, and classes for what the stylesheet varies on.

export function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

export function itemClass(
  event: TimelineEvent | undefined,
  placed: DatedItem | undefined,
  dimmed: boolean,
): string {
  return [
    event?.origin === 'CONTEXT' ? 'ev-context' : 'ev-article',
    placed?.shape === 'range' ? 'ev-uncertain' : 'ev-exact',
    placed?.approximate ? 'ev-approx' : '',
    dimmed ? 'is-filtered' : '',
    event?.status === 'PROPOSED' ? 'ev-proposed' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function laneGroups(lanes: readonly Lane[]): DataGroup[] {
  return lanes.map((lane, order) => ({
    id: lane.id,
    content: escapeText(lane.label),
    order,
    title: escapeText(lane.label),
  }));
}

export function laneItems(
  lanes: readonly Lane[],
  placement: Placement,
  events: ReadonlyMap<string, TimelineEvent>,
  dimmed: ReadonlySet<string>,
): DataItem[] {
  const placed = new Map(placement.dated.map((item) => [item.id, item]));
  const items: DataItem[] = [];
  for (const lane of lanes) {
    for (const eventId of lane.eventIds) {
      const item = placed.get(eventId);
      const event = events.get(eventId);
      if (!item || !event) continue;
      const origin =
        event.origin === 'CONTEXT' ? 'Background event (cited references)' : 'Stated by the article';
      items.push({
        id: laneItemId(eventId, lane.id),
        group: lane.id,
        start: localDate(item.start),
        ...(item.shape === 'range' ? { end: localDate(item.end) } : {}),
        type: item.shape === 'range' ? 'range' : 'point',
        content: escapeText(item.approximate ? `≈ ${event.name}` : event.name),
        title: escapeText([event.name, item.when, ...derivedBounds(event), origin].join('\n')).replace(
          /\n/g,
          '<br>',
        ),
        className: itemClass(event, item, dimmed.has(eventId)),
      });
    }
  }
  return items;
}

/**
 * Says which bound is derived and from what, for the tooltip: a date the sources never give
 * for this event, taken from another event (often a background one) through order or a start.
 */
export function derivedBounds(event: TimelineEvent): string[] {
  const from = (ref: NonNullable<TimelineEvent['earliestFrom']>) =>
    `“${ref.name}”${ref.origin === 'CONTEXT' ? ' (a background event)' : ''}`;
  const { earliestFrom, latestFrom } = event;
  if (earliestFrom && latestFrom && earliestFrom.id === latestFrom.id)
    return [`Both bounds derived from ${from(earliestFrom)}, not stated`];
  return [
    earliestFrom ? `Earliest date derived from ${from(earliestFrom)}, not stated` : '',
    latestFrom ? `Latest date derived from ${from(latestFrom)}, not stated` : '',
  ].filter(Boolean);
}

const DECADE = 3650 * 86_400_000;

/**
 * The shaded span where a relatively known event may lie: between its derived bounds, open
 * (past the visible axis) where a bound is unknown. Null when nothing bounds it at all.
 */
export function possibleWindow(
  event: TimelineEvent,
  id: string,
  axis: { start: Date; end: Date },
): DataItem | null {
  if (!event.earliest && !event.latest) return null;
  return {
    id,
    type: 'background',
    className: 'possible-window',
    content: escapeText(`possible window of “${event.relativePhrase ?? event.name}”`),
    start: event.earliest ? localDate(event.earliest) : new Date(axis.start.getTime() - DECADE),
    end: event.latest ? localDate(nextDay(event.latest)) : new Date(axis.end.getTime() + DECADE),
  };
}

/** Events in the order ← → walk them: dated ones by start, then the relative band's order. */
export function readingOrder(placement: Placement): string[] {
  const dated = [...placement.dated].sort((a, b) => a.start.localeCompare(b.start)).map((item) => item.id);
  return [...dated, ...placement.relative.map((item) => item.id)];
}
