/**
 * Where a Leaflet map (EPSG:3857, 256-pixel tiles, zoomSnap 0.25) puts things, in pure numbers:
 * the view `setView` sets, the rounded pixel origin of that view and the container pixel of a
 * position, by the same operations as Leaflet 1.9 (Map#_limitZoom, #_getNewPixelOrigin,
 * #latLngToLayerPoint), so that a
 * picture drawn from them without Leaflet (src/render/) puts each place on the pixel the live
 * map puts its marker.
 */
import { project, type Point } from './framing';
import type { Position } from './types';
import { MIN_ZOOM, OFFLINE_MAX_ZOOM, ZOOM_SNAP } from './view-frame';

export interface MapSize {
  width: number;
  height: number;
}

/** A view: its centre in zoom-0 pixels, its zoom, and its container's size. */
export interface MapView {
  center: Point;
  zoom: number;
  size: MapSize;
}

export interface ZoomLimits {
  minZoom: number;
  maxZoom: number;
  /** Leaflet's zoomSnap. */
  snap: number;
}

/** The zoom limits and snap of the element's map without tiles (src/leaflet/leaflet-map.ts). */
export const MAP_ZOOMS: ZoomLimits = { minZoom: MIN_ZOOM, maxZoom: OFFLINE_MAX_ZOOM, snap: ZOOM_SNAP };

/** Leaflet's _limitZoom: snapped to the nearest step, then within the limits. */
export function limitZoom(zoom: number, limits: ZoomLimits = MAP_ZOOMS): number {
  const snapped = limits.snap ? Math.round(zoom / limits.snap) * limits.snap : zoom;
  return Math.max(limits.minZoom, Math.min(limits.maxZoom, snapped));
}

/** A position in pixels at a zoom (Leaflet's map.project). */
export function projectAt(position: Readonly<Position>, zoom: number): Point {
  const p = project(position);
  const k = 2 ** zoom;
  return { x: p.x * k, y: p.y * k };
}

/** The view `map.setView(position, zoom)` sets: the zoom snapped and limited, as Leaflet does. */
export function pointView(position: Readonly<Position>, zoom: number, size: MapSize, limits: ZoomLimits = MAP_ZOOMS): MapView {
  return { center: project(position), zoom: limitZoom(zoom, limits), size };
}

/** The view's pixel origin (the container's top-left in pixels at its zoom), rounded as Leaflet rounds it. */
export function pixelOrigin(view: MapView): Point {
  const k = 2 ** view.zoom;
  return { x: Math.round(view.center.x * k - view.size.width / 2), y: Math.round(view.center.y * k - view.size.height / 2) };
}

/** A position's container pixel in a view, rounded as Leaflet places a marker. */
export function containerPoint(position: Readonly<Position>, view: MapView): Point {
  const origin = pixelOrigin(view);
  const p = projectAt(position, view.zoom);
  return { x: Math.round(p.x) - origin.x, y: Math.round(p.y) - origin.y };
}

/** The part of the world a view shows, [west, north, east, south] in zoom-0 pixels, grown by `margin` of its size on each side. */
export function viewPixelBounds(view: MapView, margin = 0): [number, number, number, number] {
  const k = 2 ** view.zoom;
  const origin = pixelOrigin(view);
  const [mx, my] = [view.size.width * margin, view.size.height * margin];
  return [(origin.x - mx) / k, (origin.y - my) / k, (origin.x + view.size.width + mx) / k, (origin.y + view.size.height + my) / k];
}
