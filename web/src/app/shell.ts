import { h } from './dom.js';

// The page's fixed regions. Views fill them; nothing here knows about data.

export interface Shell {
  root: HTMLElement;
  banner: HTMLElement;
  search: HTMLElement;
  graphPane: HTMLElement;
  graphToolbar: HTMLElement;
  graphCanvas: HTMLElement;
  graphOverlay: HTMLElement;
  graphStatus: HTMLElement;
  graphKey: HTMLElement;
  graphControls: HTMLElement;
  pathSlot: HTMLElement;
  sidePane: HTMLElement;
  tabs: { details: HTMLButtonElement; reader: HTMLButtonElement; list: HTMLButtonElement };
  detailsPanel: HTMLElement;
  readerPanel: HTMLElement;
  listPanel: HTMLElement;
  /** A short polite status line for screen readers ("Selected: Ukraine, actor"). */
  status: HTMLElement;
  /** The canvas's text alternative: what the graph shows, in one sentence. */
  graphSummary: HTMLElement;
  timelinePane: HTMLElement;
  timelineToolbar: HTMLElement;
  timelineBody: HTMLElement;
  headerActions: HTMLElement;
}

function tab(id: string, label: string, controls: string): HTMLButtonElement {
  return h('button', {
    class: 'tab',
    text: label,
    attrs: {
      type: 'button',
      role: 'tab',
      id,
      'aria-controls': controls,
      'aria-selected': 'false',
      tabindex: '-1',
    },
  });
}

export function createShell(root: HTMLElement): Shell {
  const banner = h('div', { class: 'banner', attrs: { hidden: true, role: 'alert' } });
  const search = h('div', { class: 'search-slot' });
  const headerActions = h('div', { class: 'header-actions' });
  const graphToolbar = h('div', {
    class: 'pane-toolbar graph-toolbar',
    attrs: { role: 'toolbar', 'aria-label': 'Graph tools' },
  });
  const pathSlot = h('div', { class: 'path-slot' });
  const graphCanvas = h('div', {
    class: 'graph-canvas',
    attrs: {
      id: 'graph-canvas',
      tabindex: '0',
      role: 'application',
      'aria-roledescription': 'graph',
      'aria-label': 'Graph. Arrow keys move between nodes, Enter or e expands, Escape clears the selection.',
      'aria-describedby': 'graph-summary',
    },
  });
  const graphSummary = h('p', { class: 'sr-only', attrs: { id: 'graph-summary' } });
  const status = h('div', { class: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite' } });
  const graphOverlay = h('div', { class: 'graph-overlay', attrs: { 'aria-live': 'polite' } });
  const graphStatus = h('div', { class: 'graph-status' });
  const graphKey = h('div', { class: 'graph-key' });
  const graphControls = h('div', { class: 'graph-controls', attrs: { role: 'group', 'aria-label': 'Zoom' } });
  const graphPane = h(
    'section',
    { class: 'pane graph-pane', attrs: { 'aria-label': 'Graph' } },
    graphToolbar,
    pathSlot,
    h(
      'div',
      { class: 'graph-stage' },
      graphCanvas,
      graphSummary,
      graphStatus,
      graphKey,
      graphControls,
      graphOverlay,
    ),
  );
  const tabs = {
    details: tab('tab-details', 'Details', 'panel-details'),
    reader: tab('tab-reader', 'Source', 'panel-reader'),
    list: tab('tab-list', 'List', 'panel-list'),
  };
  const detailsPanel = h('div', {
    class: 'tab-panel',
    attrs: { id: 'panel-details', role: 'tabpanel', 'aria-labelledby': 'tab-details', tabindex: '-1' },
  });
  const readerPanel = h('div', {
    class: 'tab-panel',
    attrs: {
      id: 'panel-reader',
      role: 'tabpanel',
      'aria-labelledby': 'tab-reader',
      tabindex: '-1',
      hidden: true,
    },
  });
  const listPanel = h('div', {
    class: 'tab-panel',
    attrs: {
      id: 'panel-list',
      role: 'tabpanel',
      'aria-labelledby': 'tab-list',
      tabindex: '-1',
      hidden: true,
    },
  });
  const sidePane = h(
    'aside',
    { class: 'pane side-pane', attrs: { 'aria-label': 'Details and source' } },
    h(
      'div',
      { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Side panel' } },
      tabs.details,
      tabs.reader,
      tabs.list,
    ),
    detailsPanel,
    readerPanel,
    listPanel,
  );
  const timelineToolbar = h('div', {
    class: 'pane-toolbar timeline-toolbar',
    attrs: { role: 'toolbar', 'aria-label': 'Timeline tools' },
  });
  const timelineBody = h('div', { class: 'timeline-body' });
  const timelinePane = h(
    'section',
    { class: 'pane timeline-pane', attrs: { 'aria-label': 'Timeline' } },
    timelineToolbar,
    timelineBody,
  );

  root.replaceChildren(
    h(
      'header',
      { class: 'topbar' },
      h(
        'h1',
        { class: 'brand' },
        h('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
        'Conflict Graph',
      ),
      search,
      headerActions,
    ),
    banner,
    h('main', { class: 'workspace' }, graphPane, timelinePane, sidePane),
    status,
  );
  return {
    root,
    banner,
    search,
    graphPane,
    graphToolbar,
    graphCanvas,
    graphOverlay,
    graphStatus,
    graphKey,
    graphControls,
    pathSlot,
    sidePane,
    tabs,
    detailsPanel,
    readerPanel,
    listPanel,
    status,
    graphSummary,
    timelinePane,
    timelineToolbar,
    timelineBody,
    headerActions,
  };
}
