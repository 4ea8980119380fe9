import { h } from '../app/dom.js';
import { ENTITY_KINDS, type EntityKind } from '../app/state.js';
import { KIND_STYLES, type KindStyle, VARIANT_LEGEND } from './stylesheet.js';

// The legend doubles as the kind filter: each kind is a toggle button drawn with the same
// colour and shape as its nodes (from the stylesheet table), so the key is never out of date.

const SVG = 'http://www.w3.org/2000/svg';

const SHAPE_PATHS: Record<KindStyle['shape'], string> = {
  ellipse: 'M8 1.5a6.5 6.5 0 1 0 0.001 0Z',
  'round-rectangle':
    'M3 2.5h10a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 1-1.5 1.5H3A1.5 1.5 0 0 1 1.5 12V4A1.5 1.5 0 0 1 3 2.5Z',
  diamond: 'M8 1 15 8 8 15 1 8Z',
  'round-hexagon': 'M4.5 2h7L15 8l-3.5 6h-7L1 8Z',
  'round-tag': 'M2 3h8l4.5 5L10 13H2Z',
  'round-triangle': 'M8 2 15 14H1Z',
};

export function kindSwatch(kind: EntityKind, variant?: 'context' | 'relative'): SVGSVGElement {
  const style = KIND_STYLES[kind];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPE_PATHS[style.shape]);
  path.setAttribute('fill', style.color);
  path.setAttribute('fill-opacity', variant === 'context' ? '0.35' : '1');
  path.setAttribute('stroke', style.border);
  path.setAttribute('stroke-width', variant ? '1.6' : '1.2');
  if (variant === 'context') path.setAttribute('stroke-dasharray', '2.5 1.5');
  if (variant === 'relative') path.setAttribute('stroke-dasharray', '0.8 1.4');
  svg.append(path);
  return svg;
}

export interface KindLegend {
  element: HTMLElement;
  /** The key to the variants (background, relative, opposes), shown over the canvas. */
  key: HTMLElement;
  update(visible: readonly EntityKind[], counts: Record<EntityKind, number>): void;
}

export function createKindLegend(onToggle: (kind: EntityKind) => void): KindLegend {
  const buttons = new Map<EntityKind, HTMLButtonElement>();
  const list = h('div', { class: 'legend-kinds', attrs: { role: 'group', 'aria-label': 'Show kinds' } });
  for (const kind of ENTITY_KINDS) {
    const count = h('span', { class: 'legend-count' });
    const button = h(
      'button',
      {
        class: 'legend-kind',
        attrs: { type: 'button', 'aria-pressed': 'true' },
        dataset: { kind },
        title: `Show or hide ${KIND_STYLES[kind].label.toLowerCase()}s`,
        on: { click: () => onToggle(kind) },
      },
      kindSwatch(kind),
      h('span', { text: `${KIND_STYLES[kind].label}s` }),
      count,
    );
    buttons.set(kind, button);
    list.append(button);
  }
  const variants = h(
    'div',
    { class: 'legend-variants' },
    ...VARIANT_LEGEND.map((variant) =>
      h(
        'span',
        { class: 'legend-variant' },
        kindSwatch('EVENT', variant.className),
        h('span', { text: variant.label }),
      ),
    ),
    h(
      'span',
      { class: 'legend-variant' },
      h('span', { class: 'legend-line opposes' }),
      h('span', { text: 'opposes (dispute)' }),
    ),
  );
  return {
    element: h('div', { class: 'legend' }, list),
    key: variants,
    update(visible, counts) {
      for (const [kind, button] of buttons) {
        const on = visible.includes(kind);
        button.setAttribute('aria-pressed', String(on));
        button.classList.toggle('off', !on);
        const badge = button.querySelector('.legend-count');
        if (badge) badge.textContent = String(counts[kind] ?? 0);
      }
    },
  };
}
