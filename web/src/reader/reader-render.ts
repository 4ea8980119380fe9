import type { SourceDocument } from '../api/get-source.js';
import { h } from '../app/dom.js';
import type { EvidenceIndex } from './evidence-index.js';
import { segmentText } from './segments.js';

// The reader's DOM: the source's header (title or picker, byline, coverage, key) and the
// article as paragraphs whose evidence runs are <mark>s carrying their statement ids.

/** Short words for an element id (entity name, or "Russia participated in …"). */
export type Describe = (id: string) => string;

export function sourceHeader(
  source: SourceDocument,
  sources: readonly { id: string; title: string }[],
  onSourceChange: (id: string) => void,
): HTMLElement[] {
  const picker =
    sources.length > 1
      ? h(
          'select',
          {
            class: 'source-picker',
            attrs: { 'aria-label': 'Source' },
            on: { change: (e) => onSourceChange((e.target as HTMLSelectElement).value) },
          },
          ...sources.map((s) => {
            const option = h('option', { text: s.title, attrs: { value: s.id } });
            option.selected = s.id === source.id;
            return option;
          }),
        )
      : null;
  const evidenceCount = source.statements.filter((s) => s.role === 'EVIDENCE').length;
  const coverage =
    source.coverage === null ? '' : ` · ${Math.round(source.coverage * 100)}% of sentences read`;
  return [
    picker ?? h('h2', { class: 'reader-title', text: source.title }),
    h('p', {
      class: 'reader-meta',
      text:
        [source.byline, source.outlet, source.publishedAt].filter(Boolean).join(' · ') || 'Source article',
    }),
    h(
      'p',
      { class: 'reader-key' },
      h('mark', { class: 'ev key', text: 'highlighted' }),
      ` ${evidenceCount} quotes back the graph${coverage}; `,
      h('span', { class: 'no-claim key', text: 'dotted' }),
      ' = read, holds no graph item. Click a highlight to select what it supports.',
    ),
  ];
}

export function articleBlocks(
  source: SourceDocument,
  index: EvidenceIndex,
  describe: Describe,
): { blocks: HTMLElement[]; marks: Map<string, HTMLElement[]> } {
  const text = source.text ?? '';
  const marks = new Map<string, HTMLElement[]>();
  const reasons = new Map(source.statements.map((s) => [s.id, s.reason]));
  const lengths = new Map(source.statements.map((s) => [s.id, s.end - s.start]));
  const paragraphs = segmentText(
    text,
    source.statements.map((s) => ({ id: s.id, start: s.start, end: s.end, role: s.role })),
  );
  const blocks = paragraphs.map((paragraph) => {
    const headline = paragraph.index === 0 && text.slice(paragraph.start, paragraph.end) === source.title;
    const block = h(headline ? 'h2' : 'p', { class: headline ? 'reader-headline' : undefined });
    for (const segment of paragraph.segments) {
      if (segment.ids.length === 0) {
        block.append(segment.text);
        continue;
      }
      if (!segment.evidence) {
        const why = segment.ids
          .map((id) => reasons.get(id))
          .filter(Boolean)
          .join('; ');
        block.append(
          h('span', {
            class: 'no-claim',
            text: segment.text,
            title: `Read, no graph item${why ? `: ${why}` : ''}`,
          }),
        );
        continue;
      }
      const evidenceIds = segment.ids.filter((id) => index.byStatement.has(id));
      const supported = evidenceIds.flatMap((id) => {
        const support = index.byStatement.get(id);
        return support ? [...support.entities, ...support.edges] : [];
      });
      const names = [...new Set(supported.map(describe))];
      const more = names.length > 8 ? `; and ${names.length - 8} more` : '';
      const mark = h('mark', {
        class: `ev depth-${Math.min(evidenceIds.length, 3)}`,
        text: segment.text,
        title: `Evidence for: ${names.slice(0, 8).join('; ')}${more}`,
        attrs: { tabindex: '0', role: 'button' },
        // The shortest quote under the phrase is what the phrase itself says (see phraseTarget).
        dataset: { ids: evidenceIds.join(' '), innermost: innermost(evidenceIds, lengths) },
      });
      for (const id of evidenceIds) marks.set(id, [...(marks.get(id) ?? []), mark]);
      block.append(mark);
    }
    return block;
  });
  return { blocks, marks };
}

function innermost(ids: readonly string[], lengths: ReadonlyMap<string, number>): string {
  return [...ids].sort(
    (a, b) => (lengths.get(a) ?? Number.MAX_SAFE_INTEGER) - (lengths.get(b) ?? Number.MAX_SAFE_INTEGER),
  )[0] as string;
}
