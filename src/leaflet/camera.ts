/**
 * Where the map looks: every move of the view goes through one helper, which flies when motion
 * is welcome and jumps otherwise, to a point or to bounds.
 */
import {
  latLngBounds,
  point,
  type LatLng,
  type LatLngBounds,
  type Map as LeafletMap,
  type PointExpression,
} from 'leaflet/dist/leaflet-src.esm.js';
import { PLACE_ZOOM } from '../model/first-view';
import { boundsOf } from '../model/geo';
import type { Position } from '../model/types';

/** Room left around framed places, in pixels. */
export const FIT_PADDING: [number, number] = [28, 28];
/** A move to one place goes at least this close: a country such as Vietnam fills the map. */
export { PLACE_ZOOM } from '../model/first-view';
/** Framing a group of places never zooms in further than this. */
export const FRAME_MAX_ZOOM = 7;
const FLIGHT_SECONDS = 0.8;

export interface MoveOptions {
  animate: boolean;
  /** For a point: the zoom to reach (at least the current one when omitted). */
  zoom?: number;
  /** For a point: where in the map container it should land (default: the centre). */
  at?: { x: number; y: number };
  /** For bounds: the closest zoom allowed. */
  maxZoom?: number;
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

  /** Frames positions: one is centred at `PLACE_ZOOM`, several are fitted up to `maxZoom`. */
  frame(positions: readonly Position[], options: MoveOptions): void {
    if (positions.length === 0) return;
    if (positions.length === 1) {
      const [lon, lat] = positions[0]!;
      this.moveTo(this.leafletMap.wrapLatLng([lat, lon]), { ...options, zoom: options.zoom ?? PLACE_ZOOM });
      return;
    }
    this.moveTo(latLngBounds(boundsOf(positions)), { maxZoom: FRAME_MAX_ZOOM, ...options });
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
