import { DataSet } from 'vis-data';
import { type DataGroup, type DataItem, Timeline, type TimelineOptions } from 'vis-timeline';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { h } from '../app/dom.js';
import type { LaneMode, TimeRange } from '../app/state.js';
import { localDate, nextDay } from '../util/dates.js';
import { attachBrush } from './brush.js';
import { eventOfItem, lanesFor } from './lanes.js';
import { type Placement, placeEvents, type TimelineEvent } from './placement.js';
import { createRelativeBand } from './relative-band.js';
import { itemClass, laneGroups, laneItems, possibleWindow, readingOrder } from './timeline-items.js';
import { type TimeWindow, toRange, windowFor } from './window-for.js';

// The timeline: dated events on a real time axis in lanes (per issue or per actor); uncertain
// dates are hatched bars as wide as every day they could be; background events are pale and
// dashed; relatively known events sit in their own band. Selection and the brushed range are
// reported to the app, which drives the graph and the URL.

export interface TimelineEvents {
  onSelect(eventId: string | null): void;
  onHover(eventId: string | null): void;
  onBrush(range: TimeRange): void;
  /** The visible window came to rest after the opening one (pan, zoom, Fit, following a selection). */
  onWindow(window: TimeRange): void;
}

const BRUSH_ID = '~brush';
const WINDOW_ID = '~window';
const DAY = 86_400_000;

export class TimelineView {
  readonly element: HTMLElement;
  readonly #empty = h('div', { class: 'timeline-empty', text: 'No events loaded yet.' });
  readonly #surface = h('div', {
    class: 'timeline-canvas',
    attrs: {
      tabindex: '0',
      'aria-label': 'Time axis: Shift-drag to filter the graph by time; ← → move between events',
    },
  });
  readonly #items = new DataSet<DataItem>();
  readonly #groups = new DataSet<DataGroup>();
  readonly #band;
  readonly #timeline: Timeline;
  #events = new Map<string, TimelineEvent>();
  #placement: Placement = { dated: [], relative: [] };
  #lanes: LaneMode = 'issue';
  #selected: string | null = null;
  #pickedHere: string | null = null;
  #dimmed = new Set<string>();
  #opening: TimeWindow | null = null;
  // The opening window is the app's choice, not the user's: windows are reported once they
  // differ from it (vis-timeline reports a change 200 ms late, so a flag alone is not enough).
  #openingRange: TimeRange | null = null;
  #moved = false;
  brushMode = false;

  /** Mounts into `parent` first: vis-timeline measures its container as it starts. */
  constructor(
    parent: HTMLElement,
    readonly events: TimelineEvents,
  ) {
    this.#band = createRelativeBand(
      (id) => events.onSelect(id),
      (id) => events.onHover(id),
    );
    this.element = h('div', { class: 'timeline' }, this.#band.element, this.#surface);
    parent.append(this.element);
    this.#surface.append(this.#empty);
    const options: TimelineOptions = {
      height: '100%',
      stack: true,
      stackSubgroups: true,
      orientation: { axis: 'top', item: 'top' },
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      zoomMin: 7 * DAY,
      zoomMax: 40 * 365 * DAY,
      margin: { item: { horizontal: 4, vertical: 4 }, axis: 6 },
      groupOrder: 'order',
      verticalScroll: true,
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 150 },
      xss: { disabled: false },
    };
    this.#timeline = new Timeline(this.#surface, this.#items, this.#groups, options);
    // The lane names scroll with the lanes: keyboard users must be able to reach that scroller.
    const lanes = this.#surface.querySelector('.vis-panel.vis-left');
    lanes?.setAttribute('tabindex', '0');
    lanes?.setAttribute('aria-label', 'Lanes');
    this.#timeline.on('select', (props: { items: string[] }) => {
      const item = props.items[0];
      this.#pickedHere = item ? eventOfItem(String(item)) : null;
      events.onSelect(this.#pickedHere);
    });
    this.#timeline.on('itemover', (props: { item: string }) => {
      if (!String(props.item).startsWith('~')) events.onHover(eventOfItem(String(props.item)));
    });
    this.#timeline.on('itemout', () => events.onHover(null));
    this.#timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      // Before the data, the window is vis-timeline's own (around today): never the user's.
      if (!this.#openingRange) return;
      const range = toRange(props);
      // The window on the page, for tests (the URL holds it only once the user moved it).
      this.element.dataset.window = `${range.from},${range.to}`;
      this.#moved ||= range.from !== this.#openingRange?.from || range.to !== this.#openingRange?.to;
      if (this.#moved) events.onWindow(range);
    });
    attachBrush({
      surface: this.#surface,
      window: () => this.#timeline.getWindow(),
      panel: () => this.#surface.querySelector<HTMLElement>('.vis-panel.vis-center'),
      active: () => this.brushMode,
      onBrush: (range) => events.onBrush(range),
    });
    this.#surface.addEventListener('keydown', (event) => this.#onKey(event));
  }

  /** `opening`: the window to open on (a shared link's); null opens on the shown events. */
  setData(events: readonly TimelineEvent[], lanes: LaneMode, opening: TimeWindow | null = null): void {
    this.#opening = opening;
    this.#moved = false;
    this.#events = new Map(events.map((event) => [event.id, event]));
    this.#placement = placeEvents(events);
    this.#band.render(this.#placement.relative, this.#events);
    this.#empty.hidden = this.#placement.dated.length > 0;
    this.#empty.textContent = events.length
      ? 'No event has a date yet: see the band above.'
      : 'No events in the graph yet.';
    this.setLanes(lanes, true);
    this.#showWindow(true);
    // vis-timeline fits every item on its first redraw after data arrives: open ours after it.
    const opened = () => {
      this.#timeline.off('changed', opened);
      this.#showWindow(true);
    };
    this.#timeline.on('changed', opened);
  }

  setLanes(mode: LaneMode, force = false): void {
    if (mode === this.#lanes && !force) return;
    this.#lanes = mode;
    const datedIds = new Set(this.#placement.dated.map((item) => item.id));
    const lanes = lanesFor(
      [...this.#events.values()].filter((event) => datedIds.has(event.id)),
      mode,
      this.#events,
    );
    this.#groups.clear();
    this.#groups.add(laneGroups(lanes));
    const keep = this.#items.get({ filter: (item) => String(item.id).startsWith('~') });
    this.#items.clear();
    this.#items.add(keep);
    const items = laneItems(lanes, this.#placement, this.#events, this.#dimmed);
    this.#items.add(items);
    this.setSelection(this.#selected);
  }

  /** Selects an event's items (and its chip); an undated event shows its possible window. */
  setSelection(eventId: string | null): void {
    this.#selected = eventId && this.#events.has(eventId) ? eventId : null;
    const ids = this.#selected ? this.#itemIdsOf(this.#selected) : [];
    this.#timeline.setSelection(ids);
    this.#band.setSelection(this.#selected ? [this.#selected] : []);
    if (this.#items.get(WINDOW_ID)) this.#items.remove(WINDOW_ID);
    const relative = this.#placement.relative.some((item) => item.id === this.#selected);
    const event = this.#selected ? this.#events.get(this.#selected) : undefined;
    const window = relative && event ? possibleWindow(event, WINDOW_ID, this.#timeline.getWindow()) : null;
    if (window) this.#items.add(window);
    // Bring it into view (across and down the lanes), unless the user just picked it here.
    if (ids.length && this.#selected !== this.#pickedHere) {
      this.#timeline.focus(ids, {
        zoom: false,
        animation: { duration: 300, easingFunction: 'easeInOutQuad' },
      });
    }
    this.#pickedHere = null;
  }

  #itemIdsOf(eventId: string): string[] {
    return this.#items
      .getIds({
        filter: (item) => eventOfItem(String(item.id)) === eventId && !String(item.id).startsWith('~'),
      })
      .map(String);
  }

  /** Fades events the graph's filters hide. */
  setDimmed(eventIds: ReadonlySet<string>): void {
    this.#dimmed = new Set(eventIds);
    const updates = this.#items.get({ filter: (item) => !String(item.id).startsWith('~') }).map((item) => {
      const eventId = eventOfItem(String(item.id));
      const placed = this.#placement.dated.find((p) => p.id === eventId);
      return {
        id: item.id,
        className: itemClass(this.#events.get(eventId), placed, this.#dimmed.has(eventId)),
      };
    });
    this.#items.update(updates);
    this.#band.setDimmed(this.#dimmed);
  }

  /** Groups items that would overlap into one "n events" chip: a large graph's dense stretches. */
  setClustered(on: boolean): void {
    this.#timeline.setOptions({
      cluster: on
        ? { maxItems: 3, titleTemplate: '{count} events: zoom in to see them', showStipes: true }
        : false,
    } as TimelineOptions);
  }

  setRange(range: TimeRange | null): void {
    if (this.#items.get(BRUSH_ID)) this.#items.remove(BRUSH_ID);
    if (!range) return;
    this.#items.add({
      id: BRUSH_ID,
      type: 'background',
      className: 'brush',
      content: '',
      start: localDate(range.from),
      end: localDate(nextDay(range.to)),
    });
  }

  /** Fits the events the filters leave (faded ones do not stretch the axis). */
  fit(): void {
    this.#showWindow(false);
  }

  #showWindow(articleFirst: boolean): void {
    const opening = articleFirst ? this.#opening : null;
    const window =
      opening ??
      windowFor(this.#placement.dated, (id) => this.#events.get(id)?.origin, this.#dimmed, articleFirst);
    if (articleFirst && window)
      this.#openingRange = toRange({ start: new Date(window.start), end: new Date(window.end) });
    if (window) this.#timeline.setWindow(new Date(window.start), new Date(window.end), { animation: false });
    else this.#timeline.fit({ animation: false });
  }

  zoom(factor: number): void {
    if (factor > 1) this.#timeline.zoomIn(factor - 1);
    else this.#timeline.zoomOut(1 / factor - 1);
  }

  redraw(): void {
    this.#timeline.redraw();
  }

  focus(): void {
    this.#surface.focus();
  }

  /** ← → step through events in time order (dated, then the relative band). */
  #onKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const order = readingOrder(this.#placement);
    if (order.length === 0) return;
    const at = this.#selected ? order.indexOf(this.#selected) : -1;
    const next = event.key === 'ArrowRight' ? Math.min(order.length - 1, at + 1) : Math.max(0, at - 1);
    this.events.onSelect(order[next] ?? null);
  }
}
