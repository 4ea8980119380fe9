import cytoscape, { type Core, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Camera } from '../app/state.js';
import type { ElementSummary } from './describe-element.js';
import type { Visible } from './filter.js';
import { attachHoverTooltip } from './hover-tooltip.js';
import { attachLabelLevels, type LabelLevels } from './label-levels.js';
import { layoutAdded, layoutAll } from './layout.js';
import type { GraphModel } from './model.js';
import { GRAPH_STYLESHEET } from './stylesheet.js';
import { toElements } from './to-elements.js';
import { panToShow } from './viewport-moves.js';

cytoscape.use(fcose);

// A camera counts as chosen once pan and zoom have been still this long (URL writes stay rare).
const CAMERA_REST_MS = 300;

// The Cytoscape canvas. It never owns state: taps are reported to the app, and the app tells
// the view what is selected, visible and highlighted. Selection is a class (`is-selected`)
// rather than Cytoscape's own, so one source of truth (the URL state) drives every view.

export interface GraphViewEvents {
  onTap(id: string, additive: boolean): void;
  onBackgroundTap(): void;
  onExpand(id: string): void;
  onHover(id: string | null): void;
  /** Words for the hover tooltip. */
  describe(id: string): ElementSummary | null;
}

declare global {
  interface Window {
    /** The Cytoscape instance, for tests and for curious analysts in the console. */
    __cy?: Core;
  }
}

export class GraphView {
  readonly cy: Core;
  readonly labels: LabelLevels;
  #drawn = false;

  constructor(
    readonly container: HTMLElement,
    events: GraphViewEvents,
  ) {
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLESHEET as unknown as cytoscape.StylesheetJson,
      autounselectify: true,
      boxSelectionEnabled: false,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
    });
    window.__cy = this.cy;
    this.labels = attachLabelLevels(this.cy);
    attachHoverTooltip(this.cy, container.parentElement ?? container, (id) => events.describe(id));
    this.cy.on('tap', 'node, edge', (event: EventObject) => {
      const original = event.originalEvent as MouseEvent | undefined;
      events.onTap(event.target.id(), !!(original?.shiftKey || original?.ctrlKey || original?.metaKey));
    });
    this.cy.on('tap', (event: EventObject) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
    this.cy.on('dbltap', 'node', (event: EventObject) => events.onExpand(event.target.id()));
    this.cy.on('mouseover', 'node, edge', (event: EventObject) => events.onHover(event.target.id()));
    this.cy.on('mouseout', 'node, edge', () => events.onHover(null));
    // Leaving the canvas straight from a node sends no mouseout: clear the hover here too.
    container.addEventListener('mouseleave', () => events.onHover(null));
  }

  get drawn(): boolean {
    return this.#drawn;
  }

  /** First drawing of the whole graph; resolves after the draft layout, `settled` after refinement. */
  async draw(model: GraphModel): Promise<{ draftMs: number; settled: Promise<number | null> }> {
    this.cy.elements().remove();
    this.cy.add(toElements(model));
    // Added nodes all sit at (0, 0), and the layout measures edges before it moves them: spread
    // them on a grid first, so no edge has coinciding endpoints (Cytoscape warns for each one).
    const columns = Math.ceil(Math.sqrt(this.cy.nodes().length));
    this.cy.nodes().positions((_node, i) => ({ x: (i % columns) * 100, y: Math.floor(i / columns) * 100 }));
    const timings = await layoutAll(this.cy);
    this.#drawn = true;
    return timings;
  }

  /** Adds what is new in `model` and lays out only that, around `anchorId`. */
  async merge(
    model: GraphModel,
    added: { nodes: string[]; edges: string[] },
    anchorId: string | null,
  ): Promise<void> {
    if (added.nodes.length === 0 && added.edges.length === 0) return;
    const elements = this.cy.add(toElements(model, added));
    await layoutAdded(this.cy, elements.nodes(), anchorId);
  }

  applyVisibility(visible: Visible): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.toggleClass('hidden', !visible.nodes.has(node.id()));
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', !visible.edges.has(edge.id()));
      });
    });
  }

  /** Marks the selection; one selected node also brings its neighbourhood forward. */
  setSelection(ids: readonly string[]): void {
    const wanted = new Set(ids);
    this.cy.batch(() => {
      this.cy.elements('.is-selected').forEach((ele) => {
        if (!wanted.has(ele.id())) ele.removeClass('is-selected');
      });
      for (const id of wanted) this.cy.getElementById(id).addClass('is-selected');
      this.cy.elements('.in-focus, .context-dim').removeClass('in-focus context-dim');
      const onlyId = ids.length === 1 ? (ids[0] as string) : null;
      const only = onlyId ? this.cy.getElementById(onlyId) : null;
      if (onlyId && only?.nonempty()) {
        const node = this.cy.nodes().getElementById(onlyId);
        const focus = node.nonempty()
          ? node.closedNeighborhood()
          : this.cy.edges().getElementById(onlyId).connectedNodes().union(only);
        focus.addClass('in-focus');
        this.cy.elements().not(focus).addClass('context-dim');
      }
    });
  }

  /**
   * Brings elements into view by the smallest pan that shows them, at the zoom the user chose:
   * already visible, nothing moves.
   */
  reveal(ids: readonly string[]): void {
    let eles = this.cy.collection();
    for (const id of ids) eles = eles.union(this.cy.getElementById(id));
    eles = eles.not('.hidden');
    if (eles.empty()) return;
    const box = eles.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const { dx, dy } = panToShow(box, { w: this.cy.width(), h: this.cy.height() });
    if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
    this.cy.stop();
    this.cy.animate({ panBy: { x: dx, y: dy } }, { duration: 250 });
  }

  highlight(className: string, ids: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.elements(`.${className}`).removeClass(className);
      for (const id of ids) this.cy.getElementById(id).addClass(className);
    });
  }

  /** Fades everything but `ids` (path view); an empty list clears it. */
  fadeAllBut(ids: readonly string[]): void {
    const keep = new Set(ids);
    this.cy.batch(() => {
      this.cy.elements().forEach((ele) => {
        ele.toggleClass('faded', keep.size > 0 && !keep.has(ele.id()));
      });
    });
  }

  fit(ids?: readonly string[]): void {
    let target = this.cy.elements().not('.hidden');
    if (target.empty()) return;
    if (ids?.length) {
      target = this.cy.collection();
      for (const id of ids) target = target.union(this.cy.getElementById(id));
    }
    this.cy.stop();
    this.cy.animate({ fit: { eles: target, padding: 40 } }, { duration: 300 });
  }

  /** The model point at the canvas centre and the zoom. */
  camera(): Camera {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    return { x: (this.cy.width() / 2 - pan.x) / zoom, y: (this.cy.height() / 2 - pan.y) / zoom, zoom };
  }

  setCamera({ x, y, zoom }: Camera): void {
    this.cy.stop();
    this.cy.viewport({
      zoom,
      pan: { x: this.cy.width() / 2 - x * zoom, y: this.cy.height() / 2 - y * zoom },
    });
  }

  /** Calls `listener` with the camera each time pan and zoom have come to rest. */
  onCameraRest(listener: (camera: Camera) => void): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.cy.on('viewport', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!this.cy.animated()) listener(this.camera());
      }, CAMERA_REST_MS);
    });
  }

  zoomBy(factor: number): void {
    const zoom = this.cy.zoom() * factor;
    this.cy.zoom({ level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  /**
   * Fits the drawing to its container's new size and keeps the model point at the centre where
   * it was: a panel that opens or fills (the path bar, the timeline) must not move what the
   * analyst, or a shared link, put in the middle.
   */
  resize(): void {
    const width = this.cy.width();
    const height = this.cy.height();
    this.cy.resize();
    const grewX = this.cy.width() - width;
    const grewY = this.cy.height() - height;
    if (width > 0 && height > 0 && (grewX !== 0 || grewY !== 0))
      this.cy.panBy({ x: grewX / 2, y: grewY / 2 });
  }

  png(): string {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' }) as unknown as string;
  }
}
