/**
 * Where a Leaflet map (EPSG:3857, 256-pixel tiles, zoomSnap 0.25) puts things, in pure numbers:
 * the view `fitBounds` and `setView` choose, the rounded pixel origin of that view and the
 * container pixel of a position, by the same operations as Leaflet 1.9 (Map#getBoundsZoom,
 * #_getBoundsCenterZoom, #_limitZoom, #_getNewPixelOrigin, #latLngToLayerPoint), so that a
 * picture drawn from them without Leaflet (src/render/) puts each place on the pixel the live
 * map puts its marker.
 */
import { project, WORLD_PX, type Point } from './framing';
import type { Position } from './types';

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

export interface FitOptions extends Partial<ZoomLimits> {
  paddingTopLeft?: readonly [number, number];
  paddingBottomRight?: readonly [number, number];
  /** The fit's own cap (fitBounds' maxZoom option). */
  fitMaxZoom?: number;
  /** The map's zoom before the fit: Leaflet scales from it (a difference in the last bits only). */
  fromZoom?: number;
}

/** The zoom limits and snap of the element's map (src/leaflet/leaflet-map.ts). */
export const MAP_ZOOMS: ZoomLimits = { minZoom: 1, maxZoom: 10, snap: 0.25 };

/** Leaflet's _limitZoom: snapped to the nearest step, then within the limits. */
export function limitZoom(zoom: number, limits: ZoomLimits = MAP_ZOOMS): number {
  const snapped = limits.snap ? Math.round(zoom / limits.snap) * limits.snap : zoom;
  return Math.max(limits.minZoom, Math.min(limits.maxZoom, snapped));
}

const scaleOf = (zoom: number) => WORLD_PX * 2 ** zoom;
const zoomOf = (scale: number) => Math.log(scale / WORLD_PX) / Math.LN2;

/** A position in pixels at a zoom (Leaflet's map.project). */
export function projectAt(position: Readonly<Position>, zoom: number): Point {
  const p = project(position);
  const k = 2 ** zoom;
  return { x: p.x * k, y: p.y * k };
}

/**
 * The view `map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom })` sets.
 * @param bounds [[south, west], [north, east]] as model/geo.ts boundsOf gives them
 */
export function fitBoundsView(
  bounds: readonly [readonly [number, number], readonly [number, number]],
  size: MapSize,
  options: FitOptions = {},
): MapView {
  const limits = { ...MAP_ZOOMS, ...options };
  const [[south, west], [north, east]] = bounds;
  const [pl, pt] = options.paddingTopLeft ?? [0, 0];
  const [pr, pb] = options.paddingBottomRight ?? [0, 0];
  const from = options.fromZoom ?? 2;
  // getBoundsZoom(bounds, false, paddingTL + paddingBR)
  const nw = projectAt([west, north], from);
  const se = projectAt([east, south], from);
  const scaleX = (size.width - (pl + pr)) / Math.abs(se.x - nw.x);
  const scaleY = (size.height - (pt + pb)) / Math.abs(se.y - nw.y);
  let zoom = zoomOf(Math.min(scaleX, scaleY) * scaleOf(from));
  if (Number.isNaN(zoom)) zoom = Infinity;
  if (limits.snap) {
    // Leaflet does not step down when within 1% of a snap level.
    zoom = Math.round(zoom / (limits.snap / 100)) * (limits.snap / 100);
    zoom = Math.floor(zoom / limits.snap) * limits.snap;
  }
  zoom = Math.max(limits.minZoom, Math.min(limits.maxZoom, zoom));
  if (options.fitMaxZoom !== undefined) zoom = Math.min(options.fitMaxZoom, zoom);
  // _getBoundsCenterZoom: the bounds' middle, moved by half the difference of the paddings.
  const sw = projectAt([west, south], zoom);
  const ne = projectAt([east, north], zoom);
  const k = 2 ** zoom;
  const center = { x: ((sw.x + ne.x) / 2 + (pr - pl) / 2) / k, y: ((sw.y + ne.y) / 2 + (pb - pt) / 2) / k };
  // setView: the zoom limited and snapped again.
  return { center, zoom: limitZoom(zoom, limits), size };
}

/** The view `map.setView(position, zoom)` sets. */
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
