/**
 * Every use of Leaflet's private members (its "_" names), in one file. They are not Leaflet's API
 * and may change in any release, so this file is written against one exact version and refuses
 * another at load, with a message saying where to look. (`this._map` inside a layer subclass is
 * Leaflet's plugin convention and may be used anywhere; tests/leaflet/leaflet-internals.test.ts
 * fails on any other private member outside this file.)
 *
 * ON A LEAFLET UPGRADE, in node_modules/leaflet/dist/leaflet-src.esm.js of the new version:
 *  1. Map: `_animatingZoom` is still true from `zoomanim` until `_onZoomTransitionEnd()` runs, and
 *     `_onZoomTransitionEnd()` still ends the animation at once (finishZoomAnimation);
 *     `_latLngBoundsToNewLayerBounds(bounds, zoom, center)` still gives the layer-pixel bounds a
 *     zoom animation is heading to (layerBoundsAtZoom).
 *  2. Renderer: `onAdd` still calls `_initContainer()` once and appends `_container` to the pane;
 *     `onRemove` calls `_destroyContainer()`; `_update()` still sets `_bounds` (the padded view in
 *     layer pixels), `_center` and `_zoom`; `getEvents()` still wires `_reset`, `_update`,
 *     `_onZoomEnd`, `_updatePaths` and the zoom transform (PaneCanvasLayer).
 *  3. The other pinned workarounds: scripts/vite-leaflet-slim.ts (its version line and cuts),
 *     vite.config.ts (leaflet-trusted-types probe), src/leaflet/leaflet-core.css and leaflet-popup.css
 *     (copies of part of leaflet.css), src/leaflet/leaflet-map.ts (the re-attach quirks of 1.9).
 *  4. Then set LEAFLET_VERSION below and run tests/leaflet, tests/elements and tests/e2e.
 */
import {
  Renderer,
  version,
  type Bounds,
  type LatLng,
  type LatLngBounds,
  type LeafletEventHandlerFn,
  type Map as LeafletMap,
} from 'leaflet/dist/leaflet-src.esm.js';

/** The Leaflet the members below were read from. */
export const LEAFLET_VERSION = '1.9.4';

/**
 * Throws a plain-language Error naming this file unless `loaded` is the Leaflet version these
 * internals were read from. Runs once when this module loads. (The build checks it too:
 * scripts/vite-leaflet-slim.ts.)
 */
export function checkLeafletVersion(loaded: string): void {
  if (loaded !== LEAFLET_VERSION) {
    throw new Error(
      `Leaflet ${loaded} is loaded, but summit-map uses private members of Leaflet ${LEAFLET_VERSION} (see src/leaflet/leaflet-internals.ts).`,
    );
  }
}

checkLeafletVersion(version);

// --- Map ------------------------------------------------------------------------------------

interface MapInternals {
  _animatingZoom?: boolean;
  _onZoomTransitionEnd(): void;
  _latLngBoundsToNewLayerBounds(bounds: LatLngBounds, zoom: number, center: LatLng): Bounds;
}

const mapInternals = (map: LeafletMap) => map as unknown as MapInternals;

/** True between a zoom animation's `zoomanim` and its end. */
export function isZoomAnimating(map: LeafletMap): boolean {
  return mapInternals(map)._animatingZoom === true;
}

/**
 * Ends a zoom animation under way at once. Leaflet 1.9 ends one from a timer that `map.remove()`
 * does not clear; left running, it throws into the host page after the map is gone.
 */
export function finishZoomAnimation(map: LeafletMap): void {
  if (isZoomAnimating(map)) mapInternals(map)._onZoomTransitionEnd();
}

/** Where `bounds` will lie, in layer pixels, once a zoom animation to `zoom` around `center` ends. */
export function layerBoundsAtZoom(map: LeafletMap, bounds: LatLngBounds, zoom: number, center: LatLng): Bounds {
  return mapInternals(map)._latLngBoundsToNewLayerBounds(bounds, zoom, center);
}

// --- Renderer -------------------------------------------------------------------------------

/** What a PaneCanvasLayer's canvas covers after its last update. */
export interface CanvasView {
  map: LeafletMap;
  canvas: HTMLCanvasElement;
  /** The padded view in layer pixels (at `zoom`), the canvas's box. */
  bounds: Bounds;
  zoom: number;
}

/** Renderer's members as used here (Leaflet 1.9.4; not in @types/leaflet). */
interface RendererInternals {
  _map: LeafletMap | undefined;
  _container: HTMLCanvasElement | undefined;
  _bounds: Bounds | undefined;
  _zoom: number;
  _update(): void;
}

interface RendererMethods {
  getEvents(this: unknown): Record<string, LeafletEventHandlerFn>;
  _update(this: unknown): void;
}

const rendererMethods = Renderer.prototype as unknown as RendererMethods;
const RendererClass = Renderer as unknown as new (options: { pane: string; padding: number }) => Renderer;

/**
 * A canvas of its own in a map pane, kept over the view (plus `padding` of it on each side) the way
 * Leaflet's own Canvas renderer is: repositioned after each move, scaled by a CSS transform during
 * zoom animations. A subclass creates the canvas and draws it; this class speaks to Leaflet's
 * Renderer through its private hooks.
 */
export abstract class PaneCanvasLayer extends RendererClass {
  /** A new canvas for the layer (once per add to a map). */
  protected abstract createCanvas(): HTMLCanvasElement;

  /** The canvas leaves the map: let go of what was made for it. */
  protected abstract canvasRemoved(): void;

  /** The canvas was moved over a new view (after a move, a reset or a resize): size and draw it. */
  protected abstract viewUpdated(view: CanvasView): void;

  private get internals(): RendererInternals {
    return this as unknown as RendererInternals;
  }

  /** The view the canvas was last updated for; undefined before the first update or once removed. */
  protected get view(): CanvasView | undefined {
    const { _map: map, _container: canvas, _bounds: bounds, _zoom: zoom } = this.internals;
    return map && canvas && bounds ? { map, canvas, bounds, zoom } : undefined;
  }

  /** Moves the canvas over the current view and lets the subclass draw it, now. */
  protected updateView(): void {
    this.internals._update();
  }

  override getEvents(): Record<string, LeafletEventHandlerFn> {
    return rendererMethods.getEvents.call(this);
  }

  // Leaflet's Renderer hooks, called by Leaflet.

  _initContainer(): void {
    this.internals._container = this.createCanvas();
  }

  _destroyContainer(): void {
    this.canvasRemoved();
    this.internals._container?.remove();
    this.internals._container = undefined;
  }

  _update(): void {
    const { _map: map, _container: canvas, _bounds: bounds } = this.internals;
    // As Leaflet's Canvas renderer: no redraw mid-animation, the CSS transform scales the last one.
    if (!map || !canvas || (isZoomAnimating(map) && bounds)) return;
    rendererMethods._update.call(this);
    this.viewUpdated(this.view!);
  }

  /** Renderer calls these for the vector layers it draws; this canvas draws none. */
  _updatePaths(): void {}

  _onZoomEnd(): void {}
}
