import type { Actions } from './actions.js';
import type { AppContext } from './context.js';
import type { Camera } from './state.js';
import { roundCamera } from './url-state.js';

// The graph's camera in the URL: once the first layout has settled, a shared link's camera is
// put back (or, without one, the selection is brought into view), and from then on every
// camera the graph comes to rest at is recorded. A camera from history (back/forward) moves it.

// Closer than this (model units, or a thousandth of zoom) is the same view.
function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.001;
}

const PENDING = 'pending';

export function connectCamera(ctx: AppContext, actions: Actions): void {
  const { view, data, graph } = ctx;
  // Before the layout settles, the camera is the layout's, not the user's: not recorded; nor
  // is the settled one while pan and zoom stay as they were (a resize re-centres, see below).
  let following = false;
  let settledAt: string | null = null;
  const panZoom = () => JSON.stringify([graph.cy.pan(), graph.cy.zoom()]);

  graph.onCameraRest((camera) => {
    if (!following) return;
    // The layout's last animation was still running when it settled: this is where it ended.
    if (settledAt === PENDING) settledAt = panZoom();
    if (settledAt !== null && panZoom() === settledAt) return;
    settledAt = null;
    const rounded = roundCamera(camera);
    const current = view.get().camera;
    if (!current || !sameCamera(current, rounded)) actions.setCamera(rounded);
  });

  // A resize keeps the centre by panning (GraphView.resize): that is no camera of the user's.
  graph.cy.on('resize', () =>
    queueMicrotask(() => {
      if (settledAt !== null && settledAt !== PENDING) settledAt = panZoom();
    }),
  );

  // Once the layout has settled AND every panel is loaded: a panel filled after the camera was
  // put back (the timeline loads after the overview) changed the graph's height and moved it.
  const settledAndReady = (state: { drawing: string; status: string }) =>
    state.drawing === 'settled' && state.status === 'ready';
  data.subscribe((state, previous) => {
    if (!settledAndReady(state) || settledAndReady(previous)) return;
    const { camera, selection } = view.get();
    if (camera) graph.setCamera(camera);
    else {
      graph.reveal(selection);
      settledAt = graph.cy.animated() ? PENDING : panZoom();
    }
    following = true;
  });

  view.subscribe((state, previous) => {
    if (!following || state.camera === previous.camera || !state.camera) return;
    if (!sameCamera(state.camera, graph.camera())) graph.setCamera(state.camera);
  });
}
