import { createKindLegend } from '../graph/legend.js';
import type { Actions } from './actions.js';
import { createChecklist } from './checklist.js';
import type { AppContext } from './context.js';
import { h } from './dom.js';
import { createExports } from './exports.js';
import { ENTITY_KINDS, type EntityKind, type LaneMode, type SidePanel } from './state.js';
import { sameValue } from './store.js';

// The controls around the views: kind legend/filter, issue and actor filters, zoom, export,
// the timeline's lane switch, brush and range, and the side panel's tabs.

function button(
  text: string,
  title: string,
  onClick: () => void,
  extra: Record<string, string> = {},
): HTMLButtonElement {
  return h('button', {
    class: 'btn',
    text,
    title,
    attrs: { type: 'button', 'aria-label': title, ...extra },
    on: { click: onClick },
  });
}

export function buildGraphToolbar(ctx: AppContext, actions: Actions): void {
  const legend = createKindLegend((kind) => actions.toggleKind(kind));
  const issues = createChecklist('Issue filter', 'Only what concerns these issues', (ids) =>
    actions.setIssues(ids),
  );
  const actors = createChecklist('Actor filter', 'Only what involves these actors', (ids) =>
    actions.setActors(ids),
  );
  const exports = createExports(ctx);
  ctx.shell.graphToolbar.append(
    legend.element,
    h('div', { class: 'toolbar-group' }, issues.element, actors.element),
    h(
      'div',
      { class: 'toolbar-group toolbar-end', attrs: { role: 'group', 'aria-label': 'Export' } },
      button('⤓ PNG', 'Export the graph as a PNG image', () => void exports.png()),
      button('⤓ JSON', 'Export the visible graph as JSON', () => void exports.json()),
    ),
  );
  ctx.shell.graphControls.append(
    button('+', 'Zoom in (+)', () => ctx.graph.zoomBy(1.25)),
    button('−', 'Zoom out (−)', () => ctx.graph.zoomBy(1 / 1.25)),
    button('Fit', 'Fit the graph to the view (f)', () => ctx.graph.fit()),
  );
  ctx.shell.graphKey.append(legend.key);
  const refresh = () => {
    const state = ctx.view.get();
    const { model, visible } = ctx.data.get();
    const counts = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
    for (const id of visible.nodes) {
      const kind = model.nodes.get(id)?.kind;
      if (kind) counts[kind] += 1;
    }
    legend.update(state.kinds, counts);
    issues.setChecked(state.issueIds);
    actors.setChecked(state.actorIds);
  };
  ctx.data.subscribe((state, previous) => {
    if (state.model !== previous.model) {
      const nodes = [...state.model.nodes.values()];
      const degree = (id: string) =>
        [...state.model.edges.values()].filter((e) => e.source === id || e.target === id).length;
      issues.setOptions(
        nodes
          .filter((n) => n.kind === 'ISSUE')
          .sort((a, b) => a.label.localeCompare(b.label))
          .map((n) => ({ id: n.id, label: n.label, hint: n.type })),
      );
      actors.setOptions(
        nodes
          .filter((n) => n.kind === 'ACTOR')
          .sort((a, b) => degree(b.id) - degree(a.id) || a.label.localeCompare(b.label))
          .map((n) => ({ id: n.id, label: n.label, hint: n.type })),
      );
    }
    refresh();
  });
  ctx.view.subscribe((state, previous) => {
    if (
      !sameValue(state.kinds, previous.kinds) ||
      !sameValue(state.issueIds, previous.issueIds) ||
      !sameValue(state.actorIds, previous.actorIds)
    )
      refresh();
  });
  refresh();
}

export function buildTimelineToolbar(ctx: AppContext, actions: Actions): (label: string | null) => void {
  const laneButtons = (['issue', 'actor'] as LaneMode[]).map((mode) =>
    h('button', {
      class: 'seg',
      text: mode === 'issue' ? 'By issue' : 'By actor',
      attrs: { type: 'button', 'aria-pressed': String(ctx.view.get().lanes === mode) },
      dataset: { lanes: mode },
      on: { click: () => actions.setLanes(mode) },
    }),
  );
  const brush = h('button', {
    class: 'btn',
    text: 'Select range',
    title: 'Drag on the timeline to filter the graph by time (or hold Shift while dragging)',
    attrs: { type: 'button', 'aria-pressed': 'false' },
    on: {
      click: () => {
        ctx.timeline.brushMode = !ctx.timeline.brushMode;
        brush.setAttribute('aria-pressed', String(ctx.timeline.brushMode));
        ctx.shell.timelinePane.classList.toggle('brushing', ctx.timeline.brushMode);
      },
    },
  });
  const rangeText = h('span', { class: 'range-text' });
  const rangeChip = h(
    'span',
    {
      class: 'range-chip',
      attrs: { hidden: true },
      title: 'The graph shows only what may have happened in this range',
    },
    h('span', { class: 'muted', text: 'Range' }),
    rangeText,
    h('button', {
      class: 'btn btn-icon',
      text: '✕',
      title: 'Clear the time range',
      attrs: { type: 'button', 'aria-label': 'Clear the time range' },
      on: { click: () => actions.setRange(null) },
    }),
  );
  ctx.shell.timelineToolbar.append(
    h('h2', { class: 'pane-title', text: 'Timeline' }),
    h('div', { class: 'segmented', attrs: { role: 'group', 'aria-label': 'Lanes' } }, ...laneButtons),
    brush,
    rangeChip,
    h(
      'div',
      { class: 'timeline-key', attrs: { 'aria-label': 'Key' } },
      h('span', { class: 'key-item key-article', text: 'article' }),
      h('span', { class: 'key-item key-context', text: 'background' }),
      h('span', { class: 'key-item key-uncertain', text: 'uncertain span' }),
    ),
    h(
      'div',
      { class: 'toolbar-group toolbar-end' },
      button('−', 'Zoom the timeline out', () => ctx.timeline.zoom(0.5)),
      button('+', 'Zoom the timeline in', () => ctx.timeline.zoom(2)),
      button('Fit', 'Fit: show every dated event the filters leave', () => ctx.timeline.fit()),
    ),
  );
  ctx.view.subscribe((state) => {
    for (const b of laneButtons) b.setAttribute('aria-pressed', String(b.dataset.lanes === state.lanes));
  });
  return (label) => {
    rangeChip.hidden = !label;
    rangeText.textContent = label ?? '';
  };
}

export function connectTabs(ctx: AppContext, actions: Actions): void {
  const { tabs, detailsPanel, readerPanel, listPanel } = ctx.shell;
  const entries: [SidePanel, HTMLButtonElement, HTMLElement][] = [
    ['details', tabs.details, detailsPanel],
    ['reader', tabs.reader, readerPanel],
    ['list', tabs.list, listPanel],
  ];
  const show = (panel: SidePanel) => {
    for (const [name, tab, body] of entries) {
      const on = name === panel;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      body.hidden = !on;
    }
  };
  entries.forEach(([name, tab], index) => {
    tab.addEventListener('click', () => actions.setPanel(name));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const step = event.key === 'ArrowRight' ? 1 : -1;
      const [next, nextTab] = entries[(index + step + entries.length) % entries.length] as [
        SidePanel,
        HTMLButtonElement,
        HTMLElement,
      ];
      actions.setPanel(next);
      nextTab.focus();
    });
  });
  ctx.view.subscribe((state, previous) => {
    if (state.panel !== previous.panel) show(state.panel);
  });
  show(ctx.view.get().panel);
}
