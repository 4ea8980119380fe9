import { h } from './dom.js';

// The handle between the graph and the timeline: drag it (or focus it and press ↑ ↓) to give
// one of them more room. The height lives in a CSS variable on the workspace.

const MIN = 150;
const STEP = 40;

export function attachSplitter(workspace: HTMLElement, timelinePane: HTMLElement): HTMLElement {
  const handle = h('div', {
    class: 'splitter',
    title: 'Drag to resize the graph and the timeline (↑ ↓ when focused)',
    attrs: {
      role: 'separator',
      'aria-orientation': 'horizontal',
      'aria-label': 'Resize the timeline',
      tabindex: '0',
    },
  });
  const maxHeight = () => Math.max(MIN, workspace.clientHeight - 180);
  // A focusable separator is a widget: assistive tech reads its value, so it always has one.
  const announce = (height: number) => {
    handle.setAttribute('aria-valuemin', String(MIN));
    handle.setAttribute('aria-valuemax', String(maxHeight()));
    handle.setAttribute('aria-valuenow', String(Math.round(height)));
    handle.setAttribute('aria-valuetext', `Timeline ${Math.round(height)} pixels high`);
  };
  const setHeight = (height: number) => {
    const clamped = Math.round(Math.min(maxHeight(), Math.max(MIN, height)));
    workspace.style.setProperty('--timeline-height', `${clamped}px`);
    announce(clamped);
  };
  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const bottom = timelinePane.getBoundingClientRect().bottom;
    const move = (e: PointerEvent) => setHeight(bottom - e.clientY);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
  handle.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const current = timelinePane.getBoundingClientRect().height;
    setHeight(current + (event.key === 'ArrowUp' ? STEP : -STEP));
  });
  timelinePane.append(handle);
  announce(timelinePane.getBoundingClientRect().height || MIN);
  new ResizeObserver(() => announce(timelinePane.getBoundingClientRect().height)).observe(timelinePane);
  return handle;
}
