// Force layouts leave a few nodes on top of each other; overlapping nodes hide each other and
// their edges have no visible length (Cytoscape warns about "overlapping endpoints"). This pushes
// every overlapping pair apart along the line between them, a few passes, nothing else moves.

export interface Disc {
  id: string;
  x: number;
  y: number;
  /** Half the node's larger side. */
  radius: number;
}

export function separateNodes(
  discs: readonly Disc[],
  gap = 12,
  passes = 30,
): Map<string, { x: number; y: number }> {
  const points = discs.map((disc) => ({ ...disc }));
  for (let pass = 0; pass < passes; pass += 1) {
    let moved = false;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i] as Disc;
        const b = points[j] as Disc;
        const wanted = a.radius + b.radius + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= wanted) continue;
        if (distance < 1e-6) {
          // Exactly on top of each other: split them along a fixed, id-derived direction.
          const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = (wanted - Math.hypot(b.x - a.x, b.y - a.y)) / 2;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(points.map((p) => [p.id, { x: p.x, y: p.y }]));
}
