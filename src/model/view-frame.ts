/**
 * Framing at any scale, in pure numbers: the view (centre and zoom) that fits a set of places into
 * the clear part of a map of any size, from a city block to the world; the deepest zoom a map may
 * honestly reach; and an author's own first view (how places that still coincide there fan out is
 * fan-out.ts). No DOM, no Leaflet: the map (src/leaflet) and a static render both call it with their own
 * sizes. Zooms are Web Mercator zooms with 256-pixel tiles, as Leaflet's.
 */
import { pixelsToLonLat } from './basemap-tiles';
import { project, type Point, type Rect } from './framing';
import type { Position } from './types';

/** The farthest-out zoom: the whole world in a 512-pixel square. */
export const MIN_ZOOM = 1;
/**
 * The deepest zoom of the offline basemap, measured on it: the coasts are Natural Earth at 1:10m,
 * straight segments between vertices. The median segment of the detail tiles' coasts is 3.9 screen
 * pixels long at zoom 8 and 7.9 at zoom 9 (tests/model/view-frame.test.ts measures it). Up to about
 * 4 pixels a coast reads as drawn curves; past that its straight cuts across bays and headlands show
 * a coast the data does not know. So the map stops at zoom 8 without online tiles, and says so.
 */
export const OFFLINE_MAX_ZOOM = 8;
/** The deepest zoom with online tiles: streets and buildings (OpenStreetMap's standard tiles go to 19). */
export const TILES_MAX_ZOOM = 18;
/** Zoom levels come in steps of this (Leaflet's zoomSnap in src/leaflet/leaflet-map.ts). */
export const ZOOM_SNAP = 0.25;

/** An author's first view: bounds as [west, south, east, north], or a centre and a zoom. */
export type AuthoredView = { bounds: [west: number, south: number, east: number, north: number] } | { center: Position; zoom: number };

/** A map's view: where its centre is and how close. */
export interface View {
  center: Position;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The zoom from which the offline basemap draws its detail tiles instead of its world file
 * (geo/basemap/detail/index.json's minZoom; src/leaflet/basemap-files.ts): 1:10m simplified for zooms
 * 5 to 7, then 1:10m as it is. Below it, its one world file serves.
 */
export const DETAIL_ZOOM = 5;
/**
 * How far into the detail level a first view may fit and still be taken back to the last step
 * before it (see FitOptions.lightFrom): half a zoom, so its places keep at least 71 % of their spread.
 */
export const LIGHT_BAND = 0.5;

export interface FitOptions {
  /** The closest zoom allowed (see deepestZoom). */
  maxZoom: number;
  /**
   * The zoom from which the basemap loads detail tiles (DETAIL_ZOOM offline; none with online tiles):
   * a fit less than LIGHT_BAND into it is taken back to the step before it. For a first view, whose
   * bytes every reader loads: the summit story fits at 5.25 on a wide map, and its seven detail tiles
   * (175 KB) would more than double the page's first view for a 19 % wider spread.
   */
  lightFrom?: number;
  /** The farthest-out zoom allowed (default MIN_ZOOM). */
  minZoom?: number;
  /** Zoom steps (default ZOOM_SNAP); a fitted zoom is rounded down to one. */
  snap?: number;
}

/**
 * The deepest zoom a map may reach: with online tiles TILES_MAX_ZOOM, without OFFLINE_MAX_ZOOM;
 * an author's own limit (`max-zoom`, the data's `story.maxZoom`) can only make it shallower.
 */
export function deepestZoom(tiles: boolean, authored?: number): number {
  const limit = tiles ? TILES_MAX_ZOOM : OFFLINE_MAX_ZOOM;
  if (authored === undefined || !Number.isFinite(authored)) return limit;
  return Math.max(MIN_ZOOM, Math.min(limit, authored));
}

const clampZoom = (zoom: number, { maxZoom, minZoom = MIN_ZOOM }: FitOptions) => Math.max(minZoom, Math.min(maxZoom, zoom));

/** The zoom-0 pixel box of positions: [x0, y0, x1, y1]. */
function pixelBox(positions: readonly Readonly<Position>[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const position of positions) {
    const { x, y } = project(position);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

/** The centre of a map of `size` at `zoom` that puts the zoom-0 pixel `at` in the middle of `area`. */
function centreFor(at: Point, zoom: number, size: Size, area: Rect): Position {
  const scale = 2 ** zoom;
  const x = at.x * scale - (area.x + area.width / 2 - size.width / 2);
  const y = at.y * scale - (area.y + area.height / 2 - size.height / 2);
  return pixelsToLonLat(x / scale, y / scale);
}

/**
 * The view that shows every position inside `area`, the part of a map of `size` left clear of its
 * overlays (with room for labels), as close as it fits up to `maxZoom`. No fixed cap: places a
 * street apart are fitted as closely as places an ocean apart. A single position, or positions that
 * coincide, are shown at `maxZoom`. Undefined for no positions or an area without room.
 */
export function fitView(positions: readonly Readonly<Position>[], size: Size, area: Rect, options: FitOptions): View | undefined {
  if (positions.length === 0 || area.width <= 0 || area.height <= 0) return undefined;
  const [x0, y0, x1, y1] = pixelBox(positions);
  return fitBox([x0, y0, x1, y1], size, area, options);
}

function fitBox([x0, y0, x1, y1]: [number, number, number, number], size: Size, area: Rect, options: FitOptions): View {
  const snap = options.snap ?? ZOOM_SNAP;
  const [dx, dy] = [x1 - x0, y1 - y0];
  const fits = Math.min(dx > 0 ? area.width / dx : Infinity, dy > 0 ? area.height / dy : Infinity);
  const raw = Number.isFinite(fits) ? Math.log2(fits) : options.maxZoom;
  // A tiny tolerance: a fit computed exactly on a step stays on it.
  let zoom = clampZoom(Math.floor(raw / snap + 1e-9) * snap, options);
  const { lightFrom } = options;
  if (lightFrom !== undefined && zoom >= lightFrom && zoom < lightFrom + LIGHT_BAND) zoom = clampZoom(lightFrom - snap, options);
  return { center: centreFor({ x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, zoom, size, area), zoom };
}

/**
 * An author's first view in a map of `size`: bounds fitted into `area` as fitView does (the
 * author's bounds are what must show, even if no place is at their edge), or the author's centre
 * and zoom as given, within the zoom limits.
 */
export function authoredView(view: AuthoredView, size: Size, area: Rect, options: FitOptions): View {
  if ('center' in view) return { center: view.center, zoom: clampZoom(view.zoom, options) };
  const [west, south, east, north] = view.bounds;
  const a = project([west, north]);
  const b = project([east, south]);
  return fitBox([a.x, a.y, b.x, b.y], size, area, options);
}

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * An author's first view written as an attribute: "west,south,east,north" (bounds, degrees) or
 * "longitude,latitude,zoom" (a centre and a zoom). A string says what is wrong with other text.
 */
export function parseViewText(text: string): AuthoredView | string {
  const parts = text.split(',');
  if (!parts.every((part) => NUMBER.test(part)) || (parts.length !== 3 && parts.length !== 4))
    return `"${text}" is not a view: write "west,south,east,north" in degrees, or "longitude,latitude,zoom".`;
  const numbers = parts.map(Number);
  const view =
    parts.length === 4
      ? { bounds: numbers as [number, number, number, number] }
      : { center: [numbers[0]!, numbers[1]!] as Position, zoom: numbers[2]! };
  return checkView(view) ?? view;
}

const lonOk = (lon: number) => lon >= -180 && lon <= 180;
const latOk = (lat: number) => lat >= -90 && lat <= 90;

/** What is wrong with an authored view's numbers, in words; undefined when nothing is. */
export function checkView(view: AuthoredView): string | undefined {
  if ('center' in view) {
    const [lon, lat] = view.center;
    if (!lonOk(lon) || !latOk(lat)) return `The view's centre ${lon}, ${lat} is not a longitude (−180 to 180) and a latitude (−90 to 90).`;
    if (!(view.zoom >= 0 && view.zoom <= 22)) return `The view's zoom ${view.zoom} is not between 0 and 22.`;
    return undefined;
  }
  const [west, south, east, north] = view.bounds;
  if (![west, east].every(lonOk) || ![south, north].every(latOk))
    return "The view's bounds are not longitudes (−180 to 180) and latitudes (−90 to 90).";
  if (west >= east || south >= north) return "The view's bounds should be west, south, east, north, with west < east and south < north.";
  return undefined;
}
