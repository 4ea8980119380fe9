import type { SourceDocument } from '../api/get-source.js';
import { clear, h } from '../app/dom.js';
import type { EvidenceIndex } from './evidence-index.js';
import { articleBlocks, type Describe, sourceHeader } from './reader-render.js';

// The source reader: the article with every evidence span highlighted. Clicking a highlight
// reports the statements under it; the app marks the quotes of whatever is selected, and the
// reader scrolls to them, steps through them (‹ ›, or n / p) and shows where they are in the
// article on a rail beside the text.

export interface ReaderEvents {
  /** A phrase was clicked: its innermost quote. */
  onStatementsClick(statementIds: string[]): void;
  onStatementsHover(statementIds: string[] | null): void;
  onSourceChange(sourceId: string): void;
}

export class ReaderView {
  readonly element: HTMLElement;
  readonly #header = h('header', { class: 'reader-header' });
  readonly #nav = h('div', {
    class: 'quote-nav',
    attrs: { hidden: true, role: 'toolbar', 'aria-label': 'Quotes of the selection' },
  });
  readonly #body = h('div', { class: 'reader-body', attrs: { tabindex: '0', 'aria-label': 'Article text' } });
  readonly #rail = h('div', { class: 'reader-rail', attrs: { 'aria-hidden': 'true' } });
  readonly #text = h('article', { class: 'reader-text' });
  #marks = new Map<string, HTMLElement[]>();
  #linked: string[] = [];
  #current = -1;
  #label = '';
  /** The quote a click in the text picked: the selection it causes must not scroll away from it. */
  #clicked: string | null = null;

  constructor(readonly events: ReaderEvents) {
    this.#body.append(this.#text, this.#rail);
    this.element = h('div', { class: 'reader' }, this.#header, this.#nav, this.#body);
    this.#text.addEventListener('click', (event) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-ids]');
      if (mark) this.#pick(mark);
    });
    this.#text.addEventListener('keydown', (event) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-ids]');
      if (mark && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.#pick(mark);
      }
    });
    this.#text.addEventListener('mouseover', (event) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-ids]');
      this.events.onStatementsHover(mark ? idsOf(mark) : null);
    });
    this.#text.addEventListener('mouseleave', () => this.events.onStatementsHover(null));
  }

  #pick(mark: HTMLElement): void {
    const statement = mark.dataset.innermost ?? idsOf(mark)[0];
    if (!statement) return;
    this.#clicked = statement;
    this.events.onStatementsClick([statement]);
    // When the selection did not change (the same phrase again), nothing else will clear it.
    queueMicrotask(() => {
      this.#clicked = null;
    });
  }

  showMessage(message: string): void {
    clear(this.#header);
    clear(this.#text);
    clear(this.#rail);
    this.#nav.hidden = true;
    this.#text.append(h('p', { class: 'muted reader-message', text: message }));
  }

  render(
    source: SourceDocument,
    index: EvidenceIndex,
    describe: Describe,
    sources: readonly { id: string; title: string }[],
  ): void {
    this.#header.replaceChildren(...sourceHeader(source, sources, (id) => this.events.onSourceChange(id)));
    const { blocks, marks } = articleBlocks(source, index, describe);
    this.#text.replaceChildren(...blocks);
    this.#marks = marks;
    this.#linked = [];
    this.#renderNav();
  }

  /** Marks the quotes of the selection; scrolls to the first when asked. */
  markLinked(statementIds: readonly string[], label: string, scroll: boolean): void {
    this.#linked = statementIds.filter((id) => this.#marks.has(id));
    this.#label = label;
    for (const mark of this.#text.querySelectorAll('mark.is-linked, mark.is-current')) {
      mark.classList.remove('is-linked', 'is-current');
    }
    for (const id of this.#linked)
      for (const mark of this.#marks.get(id) ?? []) mark.classList.add('is-linked');
    // After a click in the text, the clicked quote is the current one and the text stays put.
    const clickedAt = this.#clicked ? this.#linked.indexOf(this.#clicked) : -1;
    this.#clicked = null;
    this.#current = clickedAt >= 0 ? clickedAt : this.#linked.length ? 0 : -1;
    this.#renderNav();
    if (this.#linked.length) this.#showCurrent(scroll && clickedAt < 0);
  }

  /** Moves to the next (+1) or previous (-1) quote of the selection. */
  step(delta: number): void {
    if (this.#linked.length === 0) return;
    this.#current = (this.#current + delta + this.#linked.length) % this.#linked.length;
    this.#showCurrent(true);
    this.#renderNav();
  }

  /** Scrolls to one statement and flashes it (a quote picked in the details panel). */
  focusStatement(statementId: string): void {
    const marks = this.#marks.get(statementId) ?? [];
    if (marks.length === 0) return;
    const index = this.#linked.indexOf(statementId);
    if (index >= 0) {
      this.#current = index;
      this.#showCurrent(false);
      this.#renderNav();
    }
    marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // "Show in article" hid the panel its button was in: focus follows to the quote.
    marks[0]?.focus({ preventScroll: true });
    for (const mark of marks) {
      mark.classList.remove('flash');
      void mark.offsetWidth;
      mark.classList.add('flash');
    }
  }

  /** Shows the graph-hover target's quotes faintly. */
  hoverLinked(statementIds: readonly string[]): void {
    for (const mark of this.#text.querySelectorAll('mark.is-hovered')) mark.classList.remove('is-hovered');
    for (const id of statementIds)
      for (const mark of this.#marks.get(id) ?? []) mark.classList.add('is-hovered');
  }

  get linkedCount(): number {
    return this.#linked.length;
  }

  #showCurrent(scroll: boolean): void {
    for (const mark of this.#text.querySelectorAll('mark.is-current')) mark.classList.remove('is-current');
    const id = this.#linked[this.#current];
    const marks = id ? (this.#marks.get(id) ?? []) : [];
    for (const mark of marks) mark.classList.add('is-current');
    if (scroll && marks[0]) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  #renderNav(): void {
    clear(this.#nav);
    clear(this.#rail);
    if (this.#linked.length === 0) {
      this.#nav.hidden = !this.#label;
      if (this.#label)
        this.#nav.append(h('span', { class: 'muted', text: `${this.#label}: no quote in this article.` }));
      return;
    }
    this.#nav.hidden = false;
    const total = this.#linked.length;
    this.#nav.append(
      h('span', { class: 'quote-nav-label', text: this.#label }),
      h('button', {
        class: 'btn btn-icon',
        text: '‹',
        title: 'Previous quote (p)',
        attrs: { type: 'button', 'aria-label': 'Previous quote' },
        on: { click: () => this.step(-1) },
      }),
      h('span', {
        class: 'quote-nav-count',
        text: `${this.#current + 1} / ${total}`,
        attrs: { 'aria-live': 'polite' },
      }),
      h('button', {
        class: 'btn btn-icon',
        text: '›',
        title: 'Next quote (n)',
        attrs: { type: 'button', 'aria-label': 'Next quote' },
        on: { click: () => this.step(1) },
      }),
    );
    // The rail: where the quotes sit in the whole article, clickable.
    requestAnimationFrame(() => {
      const height = this.#text.scrollHeight || 1;
      this.#linked.forEach((id, i) => {
        const mark = this.#marks.get(id)?.[0];
        if (!mark) return;
        const tick = h('button', {
          class: `rail-tick${i === this.#current ? ' current' : ''}`,
          attrs: { type: 'button', tabindex: '-1' },
          on: {
            click: () => {
              this.#current = i;
              this.#showCurrent(true);
              this.#renderNav();
            },
          },
        });
        tick.style.top = `${(100 * mark.offsetTop) / height}%`;
        this.#rail.append(tick);
      });
    });
  }
}

function idsOf(mark: HTMLElement): string[] {
  return (mark.dataset.ids ?? '').split(' ').filter(Boolean);
}
