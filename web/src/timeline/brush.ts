import { isoOfLocal } from '../util/dates.js';

// Brushing a time range on the timeline: Shift-drag (or drag while brush mode is on) draws a
// band; letting go reports the whole days it covers. It sits in front of vis-timeline's own
// drag-to-pan, which still works without Shift.

export interface BrushOptions {
  /** The element whose pointer events start a brush (the timeline container). */
  surface: HTMLElement;
  /** The time axis: the visible window and the panel it is drawn in. */
  window(): { start: Date; end: Date };
  panel(): HTMLElement | null;
  active(): boolean;
  onBrush(range: { from: string; to: string }): void;
}

export function timeAt(
  clientX: number,
  rect: { left: number; width: number },
  window: { start: Date; end: Date },
): Date {
  const share = Math.min(1, Math.max(0, (clientX - rect.left) / Math.max(1, rect.width)));
  return new Date(window.start.getTime() + share * (window.end.getTime() - window.start.getTime()));
}

/** The whole days a drag covered, as inclusive ISO dates. */
export function daysBetween(a: Date, b: Date): { from: string; to: string } {
  const [start, end] = a <= b ? [a, b] : [b, a];
  return { from: isoOfLocal(start), to: isoOfLocal(end) };
}

export function attachBrush(options: BrushOptions): void {
  const band = document.createElement('div');
  band.className = 'brush-band';
  band.hidden = true;
  options.surface.append(band);
  let origin: { x: number; time: Date } | null = null;

  options.surface.addEventListener(
    'pointerdown',
    (event) => {
      const panel = options.panel();
      if (!panel || (!event.shiftKey && !options.active()) || event.button !== 0) return;
      const rect = panel.getBoundingClientRect();
      if (event.clientY < rect.top || event.clientY > rect.bottom) return;
      event.stopPropagation();
      event.preventDefault();
      origin = { x: event.clientX, time: timeAt(event.clientX, rect, options.window()) };
      options.surface.setPointerCapture(event.pointerId);
      const surfaceRect = options.surface.getBoundingClientRect();
      band.style.left = `${event.clientX - surfaceRect.left}px`;
      band.style.width = '0px';
      band.style.top = `${rect.top - surfaceRect.top}px`;
      band.style.height = `${rect.height}px`;
      band.hidden = false;
    },
    { capture: true },
  );
  options.surface.addEventListener('pointermove', (event) => {
    if (!origin) return;
    const surfaceRect = options.surface.getBoundingClientRect();
    const left = Math.min(origin.x, event.clientX) - surfaceRect.left;
    band.style.left = `${left}px`;
    band.style.width = `${Math.abs(event.clientX - origin.x)}px`;
  });
  const finish = (event: PointerEvent) => {
    if (!origin) return;
    const panel = options.panel();
    const start = origin;
    origin = null;
    band.hidden = true;
    if (!panel || Math.abs(event.clientX - start.x) < 4) return;
    const end = timeAt(event.clientX, panel.getBoundingClientRect(), options.window());
    options.onBrush(daysBetween(start.time, end));
  };
  options.surface.addEventListener('pointerup', finish);
  options.surface.addEventListener('pointercancel', () => {
    origin = null;
    band.hidden = true;
  });
}
