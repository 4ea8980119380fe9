// What a node's label says on the canvas: the name wrapped onto at most two short lines, and
// for names that would read the same once shortened ("1,000-for-1,000 exchange, first stage" and
// "…, second stage"), the words that tell them apart. Pure, so the rules are unit-tested.

export const LINE_CHARS = 22;
export const MAX_LINES = 2;

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** Wraps words into lines of about `width` characters; the last line ends in "…" when cut. */
export function wrapLabel(name: string, width = LINE_CHARS, maxLines = MAX_LINES): string {
  const lines: string[] = [];
  let line = '';
  const all = words(name);
  let used = 0;
  for (const word of all) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next;
      used += 1;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) break;
    line = word;
    used += 1;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const cut = used < all.length || lines.some((l) => l.length > width);
  if (cut) {
    const last = lines.length - 1;
    const text = lines[last] ?? '';
    lines[last] = `${text.length > width - 1 ? text.slice(0, width - 1).trimEnd() : text}…`;
  }
  return lines.join('\n');
}

/** The shortened name with the words where it differs from `others` moved into view. */
function distinguished(name: string, others: readonly string[]): string {
  const own = words(name);
  let differsAt = own.length;
  for (const other of others) {
    const theirs = words(other);
    let i = 0;
    while (i < own.length && own[i] === theirs[i]) i += 1;
    differsAt = Math.min(differsAt, i);
  }
  const head = own.slice(0, Math.max(1, Math.min(differsAt, 2))).join(' ');
  const tail = own.slice(Math.max(differsAt, 1)).join(' ');
  return wrapLabel(`${head.replace(/[,:;]$/, '')} … ${tail}`);
}

/** Canvas labels for every node; labels that would collide show what tells them apart. */
export function distinctLabels(nodes: readonly { id: string; label: string }[]): Map<string, string> {
  const wrapped = new Map(nodes.map((node) => [node.id, wrapLabel(node.label)]));
  const byText = new Map<string, { id: string; label: string }[]>();
  for (const node of nodes) {
    const text = wrapped.get(node.id) as string;
    byText.set(text, [...(byText.get(text) ?? []), node]);
  }
  for (const group of byText.values()) {
    if (group.length < 2) continue;
    const names = new Set(group.map((node) => node.label));
    if (names.size < 2) continue;
    for (const node of group) {
      const others = group.filter((other) => other.label !== node.label).map((other) => other.label);
      wrapped.set(node.id, distinguished(node.label, others));
    }
  }
  return wrapped;
}
