/**
 * Where the map looks: every move of the view goes through one helper, which flies when motion
 * is welcome and jumps otherwise, to a point or to bounds.
 */
import { point, type LatLng, type LatLngBounds, type Map as LeafletMap, type PointExpression } from 'leaflet/dist/leaflet-src.esm.js';
import { fitView, type View } from '../model/view-frame';
import type { Position } from '../model/types';

/** Room left around framed places, in pixels. */
export const FIT_PADDING: [number, number] = [28, 28];
const FLIGHT_SECONDS = 0.8;

export interface MoveOptions {
  animate: boolean;
  /** For a point: the zoom to reach (at least the current one when omitted). */
  zoom?: number;
  /** For a point: where in the map container it should land (default: the centre). */
  at?: { x: number; y: number };
  /** For bounds and framed positions: the closest zoom allowed (default: the map's own limit). */
  maxZoom?: number;
  /** For framed positions: the basemap's detail zoom, which a fit barely past is kept below (see FitOptions.lightFrom). */
  lightFrom?: number;
  paddingTopLeft?: PointExpression;
  paddingBottomRight?: PointExpression;
}

export class Camera {
  private readonly leafletMap: LeafletMap;

  constructor(leafletMap: LeafletMap) {
    this.leafletMap = leafletMap;
  }

  /** The one way the view moves: a flight when animated, else a jump. */
  moveTo(target: LatLng | LatLngBounds, options: MoveOptions): void {
    const map = this.leafletMap;
    if ('lat' in target) {
      const zoom = options.zoom ?? map.getZoom();
      const centre = options.at ? this.centreFor(target, zoom, options.at) : target;
      if (options.animate) map.flyTo(centre, zoom, { duration: FLIGHT_SECONDS });
      else map.setView(centre, zoom, { animate: false });
      return;
    }
    const fit = {
      paddingTopLeft: options.paddingTopLeft ?? FIT_PADDING,
      paddingBottomRight: options.paddingBottomRight ?? FIT_PADDING,
      maxZoom: options.maxZoom,
    };
    if (options.animate) map.flyToBounds(target, { ...fit, duration: FLIGHT_SECONDS });
    else map.fitBounds(target, { ...fit, animate: false });
  }

  /**
   * Frames positions by their own extent, as close as they fit into the map less the padding, up to
   * `maxZoom` (the map's deepest zoom by default): a street as well as a continent (see fitView).
   * A single position is shown at `zoom` when given, else at that limit. Returns the view moved to.
   */
  frame(positions: readonly Position[], options: MoveOptions): View | undefined {
    const map = this.leafletMap;
    if (positions.length === 0) return undefined;
    const size = map.getSize();
    const [left, top] = toPair(options.paddingTopLeft ?? FIT_PADDING);
    const [right, bottom] = toPair(options.paddingBottomRight ?? FIT_PADDING);
    const area = { x: left, y: top, width: Math.max(1, size.x - left - right), height: Math.max(1, size.y - top - bottom) };
    const maxZoom = positions.length === 1 && options.zoom !== undefined ? options.zoom : (options.maxZoom ?? map.getMaxZoom());
    const view = fitView(positions, { width: size.x, height: size.y }, area, {
      maxZoom,
      minZoom: map.getMinZoom(),
      lightFrom: options.lightFrom,
    });
    if (view) this.moveTo(map.wrapLatLng([view.center[1], view.center[0]]), { animate: options.animate, zoom: view.zoom });
    return view;
  }

  /** Whether the target lies inside the view, `inset` (a fraction) away from its edges. */
  shows(target: LatLng | LatLngBounds, inset = 0.1): boolean {
    return this.leafletMap.getBounds().pad(-inset).contains(target);
  }

  /** Pans by pixels (a short glide when animated). */
  panBy(dx: number, dy: number, animate: boolean): void {
    if (dx || dy) this.leafletMap.panBy([dx, dy], { animate, duration: 0.3 });
  }

  /** The view centre that puts `target` at container point `at` when the map is at `zoom`. */
  private centreFor(target: LatLng, zoom: number, at: { x: number; y: number }): LatLng {
    const map = this.leafletMap;
    const offset = point(at.x, at.y).subtract(map.getSize().divideBy(2));
    return map.unproject(map.project(target, zoom).subtract(offset), zoom);
  }

  /** Zooms by steps; around `anchor` (kept where it is on screen) when given, else around the centre. */
  zoomBy(delta: number, animate: boolean, anchor?: LatLng): void {
    const zoom = this.leafletMap.getZoom() + delta;
    if (anchor) this.leafletMap.setZoomAround(anchor, zoom, { animate });
    else this.leafletMap.setZoom(zoom, { animate });
  }
}

const toPair = (padding: PointExpression): [number, number] => {
  if (Array.isArray(padding)) return [padding[0], padding[1]];
  return [padding.x, padding.y];
};
