import type { LaneMode, TimeRange } from '../app/state.js';
import type { TimelineEvent } from './placement.js';
import type { TimelineEvents, TimelineView } from './timeline-view.js';
import type { TimeWindow } from './window-for.js';

// The timeline's code (vis-timeline, vis-data, moment: about half the bundle) loads after the
// graph has what it needs, so the first drawing of the graph never waits for it. Calls made
// before it arrives are replayed in order once it is there.

export class LazyTimeline {
  #view: TimelineView | null = null;
  #queue: ((view: TimelineView) => void)[] = [];
  #brushMode = false;
  readonly ready: Promise<void>;

  constructor(parent: HTMLElement, events: TimelineEvents) {
    this.ready = import('./timeline-view.js').then(({ TimelineView }) => {
      const view = new TimelineView(parent, events);
      view.brushMode = this.#brushMode;
      this.#view = view;
      for (const call of this.#queue) call(view);
      this.#queue = [];
    });
  }

  #call(fn: (view: TimelineView) => void): void {
    if (this.#view) fn(this.#view);
    else this.#queue.push(fn);
  }

  get brushMode(): boolean {
    return this.#brushMode;
  }

  set brushMode(on: boolean) {
    this.#brushMode = on;
    if (this.#view) this.#view.brushMode = on;
  }

  setData(events: readonly TimelineEvent[], lanes: LaneMode, opening: TimeWindow | null = null): void {
    this.#call((view) => view.setData(events, lanes, opening));
  }

  setLanes(mode: LaneMode): void {
    this.#call((view) => view.setLanes(mode));
  }

  setSelection(eventId: string | null): void {
    this.#call((view) => view.setSelection(eventId));
  }

  setDimmed(eventIds: ReadonlySet<string>): void {
    this.#call((view) => view.setDimmed(eventIds));
  }

  setClustered(on: boolean): void {
    this.#call((view) => view.setClustered(on));
  }

  setRange(range: TimeRange | null): void {
    this.#call((view) => view.setRange(range));
  }

  fit(): void {
    this.#call((view) => view.fit());
  }

  zoom(factor: number): void {
    this.#call((view) => view.zoom(factor));
  }

  redraw(): void {
    this.#view?.redraw();
  }

  focus(): void {
    this.#call((view) => view.focus());
  }
}
