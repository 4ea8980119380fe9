// Keyboard moves through the graph: from the selected node, the arrow keys pick the nearest
// visible node lying in that direction (within a 45° cone either side), so the selection
// follows what the eye sees.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

const ANGLES: Record<Direction, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

export function nearestInDirection(
  from: Point,
  candidates: readonly Point[],
  direction: Direction,
): string | null {
  let best: { id: string; score: number } | null = null;
  for (const point of candidates) {
    if (point.id === from.id) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    let off = Math.abs(Math.atan2(dy, dx) - ANGLES[direction]);
    if (off > Math.PI) off = 2 * Math.PI - off;
    if (off > Math.PI / 4) continue;
    // Prefer nodes straight ahead: the angle off the axis costs like extra distance.
    const score = distance * (1 + 2 * off);
    if (!best || score < best.score) best = { id: point.id, score };
  }
  return best?.id ?? null;
}
