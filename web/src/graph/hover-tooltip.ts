import type { Core, EventObject } from 'cytoscape';
import { h } from '../app/dom.js';
import type { ElementSummary } from './describe-element.js';

// Hovering a node or edge shows its full name, what it is and when, whether or not its label
// fits on the canvas. The canvas is described for screen readers elsewhere (the list view), so
// the tooltip is visual only.

export function attachHoverTooltip(
  cy: Core,
  stage: HTMLElement,
  describe: (id: string) => ElementSummary | null,
): HTMLElement {
  const tip = h('div', { class: 'graph-tooltip', attrs: { hidden: true, 'aria-hidden': 'true' } });
  stage.append(tip);
  const hide = () => {
    tip.hidden = true;
  };
  cy.on('mouseover', 'node, edge', (event: EventObject) => {
    const summary = describe(event.target.id());
    if (!summary) return hide();
    tip.replaceChildren(
      h('strong', { class: 'tip-name', text: summary.name }),
      h('span', { class: 'tip-what', text: summary.what }),
      summary.when ? h('span', { class: 'tip-when', text: summary.when }) : '',
    );
    tip.hidden = false;
    const box = event.target.renderedBoundingBox({ includeLabels: false });
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(4, (box.x1 + box.x2) / 2 - width / 2), stage.clientWidth - width - 4);
    const below = box.y2 + 8 + tip.offsetHeight < stage.clientHeight;
    tip.style.left = `${left}px`;
    tip.style.top = `${below ? box.y2 + 8 : Math.max(4, box.y1 - tip.offsetHeight - 8)}px`;
  });
  cy.on('mouseout', 'node, edge', hide);
  cy.on('viewport', hide);
  stage.addEventListener('mouseleave', hide);
  return tip;
}
