import type { Box } from './label-placement.js';

// How far to pan so that something the user asked for is on screen, and no further: the zoom
// is the user's, so selecting never zooms in, and an element already in view does not move
// the picture at all. Pure (rendered pixels in, pixels out), so it is unit-tested.

export interface Pan {
  dx: number;
  dy: number;
}

function axis(lo: number, hi: number, size: number, margin: number): number {
  const room = size - 2 * margin;
  // Too big to fit at this zoom: centre it on this axis.
  if (hi - lo > room) return size / 2 - (lo + hi) / 2;
  if (lo < margin) return margin - lo;
  if (hi > size - margin) return size - margin - hi;
  return 0;
}

/** The smallest pan that brings `box` inside the view, `margin` pixels from its edges. */
export function panToShow(box: Box, view: { w: number; h: number }, margin = 40): Pan {
  const m = Math.min(margin, view.w / 4, view.h / 4);
  return { dx: axis(box.x1, box.x2, view.w, m), dy: axis(box.y1, box.y2, view.h, m) };
}
