/**
 * The detail tiles of the basemap: which level of detail/index.json serves a zoom, and which of its
 * tiles cover a view. Tiles are cells of the Web Mercator grid ("z-x-y"), each level in a folder of
 * its own under detail/ ("z6/6-50-28"; the 1:10m level's are in detail/ itself, a quadtree);
 * bounds are in zoom-0 pixels (0..256 across the world, y down), the space Leaflet's
 * map.project(latlng, 0) returns.
 */
export interface Tile {
  /** The tile's id: its level's folder and "z-x-y". */
  key: string;
  z: number;
  x: number;
  y: number;
}

/** [west, north, east, south] edges in zoom-0 pixels: x0 < x1, y0 < y1. */
export type PixelBounds = readonly [x0: number, y0: number, x1: number, y1: number];

export const WORLD_PIXELS = 256;

export function parseTileKey(key: string): Tile | null {
  const match = /^(?:z\d{1,2}\/)?(\d{1,2})-(\d+)-(\d+)$/.exec(key);
  if (!match) return null;
  const [z, x, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const n = 2 ** z;
  return x < n && y < n ? { key, z, x, y } : null;
}

export function tileBounds({ z, x, y }: Tile): PixelBounds {
  const size = WORLD_PIXELS / 2 ** z;
  return [x * size, y * size, (x + 1) * size, (y + 1) * size];
}

const intersects = (a: PixelBounds, b: PixelBounds) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The tiles among `tiles` that intersect `view` (tiles of any zoom; the list is a few hundred). */
export function tilesCovering(tiles: readonly Tile[], view: PixelBounds): Tile[] {
  return tiles.filter((tile) => intersects(tileBounds(tile), view));
}

/** The level (of levels ordered by minZoom) that serves `zoom`: the last one it has reached; none below the first. */
export function levelAt<Level extends { minZoom: number }>(levels: readonly Level[], zoom: number): Level | undefined {
  return levels.findLast((level) => zoom >= level.minZoom);
}

/** The URL of a detail tile (by id) under the basemap's base URL (a folder URL ending in "/"). */
export function tileUrl(base: URL, key: string): URL {
  return new URL(`detail/${key}.json`, base);
}

const MAX_LATITUDE = 85.0511287798; // Leaflet's Web Mercator limit

/** Web Mercator in zoom-0 pixels, as Leaflet's map.project(latlng, 0) (the basemap files' space). */
export function mercatorPixels(lon: number, lat: number): [x: number, y: number] {
  const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * WORLD_PIXELS, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_PIXELS];
}

/** The inverse of mercatorPixels: [lon, lat] in degrees. */
export function pixelsToLonLat(x: number, y: number): [lon: number, lat: number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD_PIXELS))) * 180) / Math.PI;
  return [(x / WORLD_PIXELS) * 360 - 180, lat];
}

/** The tile among `tiles` that contains a point (zoom-0 pixels), if any. */
export function tileContaining(tiles: readonly Tile[], x: number, y: number): Tile | undefined {
  return tiles.find((tile) => {
    const [x0, y0, x1, y1] = tileBounds(tile);
    return x >= x0 && x < x1 && y >= y0 && y < y1;
  });
}
