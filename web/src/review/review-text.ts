import { h } from '../app/dom.js';
import type { ReviewItem } from './get-review.js';
import { highlightSegments } from './highlight-segments.js';

// The source reader of the review screen: the stored text, one paragraph per line, each
// proposal's quote marked by kind; the current item's marks stand out. A click on a mark picks
// the shortest item under it.
export function renderReviewText(
  text: string,
  items: readonly ReviewItem[],
  currentId: string | null,
  onPick: (id: string) => void,
): HTMLElement {
  const spans = items.flatMap((item) =>
    item.quotes.map((q) => ({ itemId: item.id, kind: item.itemKind, start: q.start, end: q.end })),
  );
  const statusOf = new Map(items.map((i) => [i.id, i.status]));
  const body = h('div', {
    class: 'review-text',
    attrs: { tabindex: '0', role: 'region', 'aria-label': 'Source text with proposals marked' },
  });
  let paragraph = h('p');
  body.append(paragraph);
  for (const piece of highlightSegments(text, spans)) {
    const lines = piece.text.split('\n');
    lines.forEach((line, index) => {
      if (index > 0) {
        paragraph = h('p');
        body.append(paragraph);
      }
      if (!line) return;
      if (piece.itemIds.length === 0) {
        paragraph.append(line);
        return;
      }
      const first = piece.itemIds[0] as string;
      const current = currentId !== null && piece.itemIds.includes(currentId);
      const mark = h('mark', {
        class: `proposal kind-${piece.kind} status-${(statusOf.get(first) ?? 'PROPOSED').toLowerCase()}${current ? ' is-current' : ''}`,
        text: line,
        dataset: { ids: piece.itemIds.join(' ') },
        on: { click: () => onPick(current && currentId ? currentId : first) },
      });
      paragraph.append(mark);
    });
  }
  return body;
}
