/**
 * Reads the prepared basemap files of geo/basemap/ (format "summit-basemap@2", written by
 * geo/scripts/build-basemap.mjs, whose header is the reference). Coordinates are Web Mercator
 * zoom-0 pixels times `unit`, as integers; a ring or line is [x0, y0, dx1, dy1, ...]. Decoding
 * turns each into absolute coordinates once, so drawing only scales and translates.
 */
import { parseTileKey, type Tile } from './basemap-tiles';

export const BASEMAP_FORMAT = 'summit-basemap@2';

/** Absolute coordinates [x0, y0, x1, y1, ...] in file units (zoom-0 pixels × unit). */
export type Ring = Float64Array;

export interface BasemapLabel {
  text: string;
  kind: 'country' | 'sea';
  /** Label point in zoom-0 pixels. */
  x: number;
  y: number;
  /** The label shows from this map zoom on. */
  minZoom: number;
  /** Lower is more important (bigger seas and countries first). */
  rank: number;
}

export interface BasemapCountry {
  name: string;
  rings: Ring[];
}

export interface BasemapFile {
  /** File units per zoom-0 pixel. */
  unit: number;
  countries: BasemapCountry[];
  /** Land outside any country (minor islands). */
  land: Ring[];
  lakes: Ring[];
  /** Land borders between countries, as open lines. */
  borders: Ring[];
  /** Rivers and lake centre lines, as open lines: a detail tile's river file (detail/rivers/), merged into its tile once loaded. */
  rivers: Ring[];
  labels: BasemapLabel[];
}

/**
 * One level of detail tiles. The map draws a level from its minZoom up to the next level's: the
 * lighter levels are 1:10m simplified for those zooms, the last is 1:10m as it is.
 */
export interface DetailLevel {
  minZoom: number;
  /** File units per zoom-0 pixel in its tiles. */
  unit: number;
  /**
   * The level's tiles (those with land), keyed by id: its folder under detail/ and "z-x-y", as
   * "z6/6-50-28"; the 1:10m level's folder is detail/ itself ("4-8-4").
   */
  tiles: Tile[];
}

export interface DetailIndex {
  /** The map fetches detail tiles from this zoom on (the first level's). */
  minZoom: number;
  /** By minZoom, lightest first. */
  levels: DetailLevel[];
  /** The map fetches a tile's river file (detail/rivers/z-x-y.json) from this zoom on; Infinity: none. */
  riverMinZoom: number;
  /** Ids of the 1:10m tiles that have a river file. */
  rivers: string[];
}

type Json = Record<string, unknown>;

function fail(what: string): never {
  throw new Error(`The basemap file is not in the expected format (${what}).`);
}

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(what);
  return value as Json;
}

function list(value: unknown, what: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(what);
  return value;
}

function checkFormat(json: Json): number {
  if (json.format !== BASEMAP_FORMAT) fail(`format ${String(json.format)}`);
  const unit = json.unit;
  if (typeof unit !== 'number' || !(unit > 0)) fail('unit');
  return unit;
}

/** Delta-decodes one flat [x0, y0, dx1, dy1, ...] array into absolute coordinates. */
export function decodeRing(flat: unknown): Ring {
  if (!Array.isArray(flat) || flat.length < 2 || flat.length % 2 !== 0) fail('ring');
  const ring = new Float64Array(flat.length);
  let x = 0;
  let y = 0;
  for (let i = 0; i < flat.length; i += 2) {
    const dx = flat[i] as unknown;
    const dy = flat[i + 1] as unknown;
    if (typeof dx !== 'number' || typeof dy !== 'number') fail('coordinate');
    x += dx;
    y += dy;
    ring[i] = x;
    ring[i + 1] = y;
  }
  return ring;
}

const decodeRings = (value: unknown, what: string) => list(value, what).map(decodeRing);

function decodeLabel(value: unknown): BasemapLabel {
  const label = object(value, 'label');
  const { text, kind, x, y, minZoom, rank } = label;
  if (typeof text !== 'string' || (kind !== 'country' && kind !== 'sea')) fail('label');
  if (![x, y, minZoom, rank].every((n) => typeof n === 'number')) fail('label');
  return { text, kind, x: x as number, y: y as number, minZoom: minZoom as number, rank: rank as number };
}

/** Parses the world file or a detail tile; label points come back in zoom-0 pixels. */
export function parseBasemapFile(value: unknown): BasemapFile {
  const json = object(value, 'not an object');
  const unit = checkFormat(json);
  const countries = list(json.countries, 'countries').map((entry) => {
    const country = object(entry, 'country');
    if (typeof country.name !== 'string') fail('country name');
    return { name: country.name, rings: decodeRings(country.rings, 'country rings') };
  });
  const labels = list(json.labels, 'labels')
    .map(decodeLabel)
    .map((label) => ({ ...label, x: label.x / unit, y: label.y / unit }));
  return {
    unit,
    countries,
    land: decodeRings(json.land, 'land'),
    lakes: decodeRings(json.lakes, 'lakes'),
    borders: decodeRings(json.borders, 'borders'),
    // Only river files have them.
    rivers: json.rivers === undefined ? [] : decodeRings(json.rivers, 'rivers'),
    labels,
  };
}

function parseLevel(value: unknown): DetailLevel {
  const { minZoom, unit, folder, tiles, grid, cells } = object(value, 'level');
  // The folder is checked with each tile's id (parseTileKey).
  if (typeof minZoom !== 'number' || !(Number(unit) > 0) || typeof folder !== 'string') fail('level');
  const keys = list(tiles, 'tiles');
  if (typeof grid === 'number' && typeof cells === 'string') {
    // The cells of the zoom-`grid` grid that have a tile, as a bitmap: bit y·2^grid + x, lowest bit of each byte first, in base64.
    const n = 2 ** grid;
    const bytes = atob(cells);
    for (let bit = 0; bit < n * n; bit++)
      if ((bytes.charCodeAt(bit >> 3) >> (bit & 7)) & 1) keys.push(`${grid}-${bit % n}-${(bit - (bit % n)) / n}`);
  }
  const parsed = keys.map((key) => (typeof key === 'string' && parseTileKey(folder + key)) || fail('tiles'));
  return { minZoom, unit: unit as number, tiles: parsed };
}

export function parseDetailIndex(value: unknown): DetailIndex {
  const json = object(value, 'not an object');
  if (json.format !== BASEMAP_FORMAT) fail(`format ${String(json.format)}`);
  const levels = list(json.levels, 'levels').map(parseLevel);
  const riverMinZoom = json.riverMinZoom ?? Infinity;
  if (typeof riverMinZoom !== 'number') fail('riverMinZoom');
  const rivers = list(json.rivers, 'rivers');
  if (!rivers.every((key) => typeof key === 'string')) fail('rivers');
  return { minZoom: levels[0]?.minZoom ?? fail('levels'), levels, riverMinZoom, rivers: rivers as string[] };
}

// Point-in-ring tests live in rings.ts, so code that needs only them does not carry the parser.
export { ringsCover, winding } from './rings';
