// Level of detail by importance: at any zoom, labels are granted most important first, and a
// label that would overlap one already granted (or hide another node) stays hidden; its node
// still names itself on hover. Pure, so it is unit-tested; the canvas feeds it rendered boxes.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Higher first; `Infinity` for labels that must show (selection, path). */
  importance: number;
  label: Box;
  node: Box;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/** The middle half of a node's box. */
function core(box: Box): Box {
  const w = (box.x2 - box.x1) / 4;
  const h = (box.y2 - box.y1) / 4;
  return { x1: box.x1 + w, y1: box.y1 + h, x2: box.x2 - w, y2: box.y2 - h };
}

/** Ids whose labels show: no two shown labels overlap, and none covers another node. */
export function pickLabels(candidates: readonly LabelCandidate[], gap = 2): Set<string> {
  const ordered = [...candidates].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  const shown: Box[] = [];
  const result = new Set<string>();
  for (const candidate of ordered) {
    const must = candidate.importance === Number.POSITIVE_INFINITY;
    // A label may brush past another node but must not hide it: its middle stays clear.
    const clashes =
      shown.some((box) => overlaps(box, candidate.label, gap)) ||
      candidates.some((other) => other.id !== candidate.id && overlaps(core(other.node), candidate.label));
    if (clashes && !must) continue;
    // A forced label still must not overlap another shown label: the later one gives way.
    if (must && shown.some((box) => overlaps(box, candidate.label, gap))) continue;
    shown.push(candidate.label);
    result.add(candidate.id);
  }
  return result;
}

/** How much a node matters to the picture: its relationships and the evidence behind it. */
export function importanceOf(degree: number, evidenceCount: number): number {
  return degree * 2 + evidenceCount;
}
