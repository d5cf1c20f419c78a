/**
 * Reads the basemap's region-name tiles (format "summit-regions@1", written by
 * geo/scripts/build-regions.mjs, whose header is the reference): names of states, provinces,
 * islands, peninsulas and ranges, each with a label point and the zooms at which it is drawn. A
 * tile of level L is a cell of the zoom-L grid holding the names first drawn at zoom L + 3, and
 * lists its children that exist; and which tiles a view needs.
 */
import { parseTileKey, tileBounds, WORLD_PIXELS, type PixelBounds } from './basemap-tiles';
import { REGION_MIN_ZOOM } from './region-zoom';

export { REGION_MIN_ZOOM };
export const REGION_FORMAT = 'summit-regions@1';
/** A level-L tile holds the names first drawn at zoom L + REGION_LEVEL_OFFSET. */
export const REGION_LEVEL_OFFSET = 3;
export const REGION_MIN_LEVEL = REGION_MIN_ZOOM - REGION_LEVEL_OFFSET;
/** The deepest level holds every name first drawn at its zoom or deeper. */
export const REGION_MAX_LEVEL = 7;

export interface RegionLabel {
  text: string;
  /** `region`: a state or province (admin-1); `feature`: an island, peninsula, range or other physical region. */
  kind: 'region' | 'feature';
  /** Label point in zoom-0 pixels. */
  x: number;
  y: number;
  /** Room around the point still inside the region, in zoom-0 pixels: the name may move that far to make way. */
  r: number;
  /** Drawn at zooms minZoom ≤ z < maxZoom. */
  minZoom: number;
  maxZoom: number;
  /** World-wide, lower first. */
  rank: number;
}

export interface RegionTile {
  labels: RegionLabel[];
  /** Keys "z-x-y" of its children (one level deeper) that exist. */
  children: string[];
}

function fail(what: string): never {
  throw new Error(`The region names file is not in the expected format (${what}).`);
}

/** Parses one tile; label points come back in zoom-0 pixels. */
export function parseRegionFile(value: unknown): RegionTile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not an object');
  const json = value as Record<string, unknown>;
  if (json.format !== REGION_FORMAT) fail(`format ${String(json.format)}`);
  const unit = json.unit;
  if (typeof unit !== 'number' || !(unit > 0)) fail('unit');
  if (!Array.isArray(json.labels)) fail('labels');
  const children = json.children ?? [];
  if (!Array.isArray(children) || !children.every((key) => typeof key === 'string')) fail('children');
  const labels = json.labels.map((entry: unknown): RegionLabel => {
    if (typeof entry !== 'object' || entry === null) fail('label');
    const { text, kind, x, y, r, minZoom, maxZoom, rank } = entry as Record<string, unknown>;
    if (typeof text !== 'string' || (kind !== 'region' && kind !== 'feature')) fail('label');
    const numbers = [x, y, r ?? 0, minZoom, maxZoom, rank];
    if (!numbers.every((n) => typeof n === 'number')) fail('label');
    const [px, py, pr, min, max, order] = numbers as number[];
    return { text, kind, x: px! / unit, y: py! / unit, r: pr! / unit, minZoom: min!, maxZoom: max!, rank: order! };
  });
  return { labels, children: children as string[] };
}

/** The deepest level a map at `zoom` draws names of; below REGION_MIN_LEVEL, none. */
export function regionLevelAt(zoom: number): number {
  return Math.min(REGION_MAX_LEVEL, Math.floor(zoom + 1e-9) - REGION_LEVEL_OFFSET);
}

const intersects = (a: PixelBounds, b: PixelBounds) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function inView(key: string, view: PixelBounds): boolean {
  const tile = parseTileKey(key);
  return tile !== null && intersects(tileBounds(tile), view);
}

/**
 * The tiles a view (zoom-0 pixels) at `zoom` needs: the top level's in view (all exist), then,
 * level by level down to the zoom's own, the children in view of the tiles already loaded. Call it
 * again as tiles arrive.
 */
export function regionTilesWanted(zoom: number, view: PixelBounds, loaded: ReadonlyMap<string, RegionTile>): string[] {
  const deepest = regionLevelAt(zoom);
  if (deepest < REGION_MIN_LEVEL) return [];
  const n = 2 ** REGION_MIN_LEVEL;
  const size = WORLD_PIXELS / n;
  const cell = (value: number) => Math.max(0, Math.min(n - 1, Math.floor(value / size)));
  if (view[2] <= 0 || view[0] >= WORLD_PIXELS || view[3] <= 0 || view[1] >= WORLD_PIXELS) return [];
  let level: string[] = [];
  for (let x = cell(view[0]); x <= cell(view[2]); x++)
    for (let y = cell(view[1]); y <= cell(view[3]); y++) level.push(`${REGION_MIN_LEVEL}-${x}-${y}`);
  const wanted = [...level];
  for (let depth = REGION_MIN_LEVEL + 1; depth <= deepest; depth++) {
    level = level.flatMap((key) => loaded.get(key)?.children ?? []).filter((key) => inView(key, view));
    wanted.push(...level);
  }
  return wanted;
}
