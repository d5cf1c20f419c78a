/**
 * Reads the basemap's region-name files (format "summit-regions@1", written by
 * geo/scripts/build-regions.mjs, whose header is the reference): names of states, provinces,
 * islands, peninsulas and ranges, each with a label point and the zooms at which it is drawn, in
 * one file per cell of the Web Mercator grid at REGION_CELL_ZOOM.
 */
import { WORLD_PIXELS, type PixelBounds } from './basemap-tiles';

export const REGION_FORMAT = 'summit-regions@1';
/** No region name is drawn, nor its file fetched, below this zoom: local and regional scale only. */
export const REGION_MIN_ZOOM = 6;
/** The files' grid: one file per cell of the zoom-3 Web Mercator grid (64 in all, empty ones too). */
export const REGION_CELL_ZOOM = 3;

export interface RegionLabel {
  text: string;
  /** `region`: a state or province (admin-1); `feature`: an island, peninsula, range or other physical region. */
  kind: 'region' | 'feature';
  /** Label point in zoom-0 pixels. */
  x: number;
  y: number;
  /** Drawn at zooms minZoom ≤ z < maxZoom. */
  minZoom: number;
  maxZoom: number;
  /** World-wide, lower first. */
  rank: number;
}

function fail(what: string): never {
  throw new Error(`The region names file is not in the expected format (${what}).`);
}

/** Parses one cell's file; label points come back in zoom-0 pixels. */
export function parseRegionFile(value: unknown): RegionLabel[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not an object');
  const json = value as Record<string, unknown>;
  if (json.format !== REGION_FORMAT) fail(`format ${String(json.format)}`);
  const unit = json.unit;
  if (typeof unit !== 'number' || !(unit > 0)) fail('unit');
  if (!Array.isArray(json.labels)) fail('labels');
  return json.labels.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) fail('label');
    const { text, kind, x, y, minZoom, maxZoom, rank } = entry as Record<string, unknown>;
    if (typeof text !== 'string' || (kind !== 'region' && kind !== 'feature')) fail('label');
    if (![x, y, minZoom, maxZoom, rank].every((n) => typeof n === 'number')) fail('label');
    return {
      text,
      kind,
      x: (x as number) / unit,
      y: (y as number) / unit,
      minZoom: minZoom as number,
      maxZoom: maxZoom as number,
      rank: rank as number,
    };
  });
}

/** Keys "z-x-y" of the cells a view (zoom-0 pixels) touches (as the basemap, the world is not repeated past ±180°). */
export function regionCellsCovering(view: PixelBounds): string[] {
  const n = 2 ** REGION_CELL_ZOOM;
  const size = WORLD_PIXELS / n;
  const cell = (value: number) => Math.max(0, Math.min(n - 1, Math.floor(value / size)));
  const keys: string[] = [];
  if (view[2] <= 0 || view[0] >= WORLD_PIXELS || view[3] <= 0 || view[1] >= WORLD_PIXELS) return keys;
  for (let x = cell(view[0]); x <= cell(view[2]); x++)
    for (let y = cell(view[1]); y <= cell(view[3]); y++) keys.push(`${REGION_CELL_ZOOM}-${x}-${y}`);
  return keys;
}
