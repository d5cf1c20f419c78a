/**
 * Reads the prepared basemap files of geo/basemap/ (format "summit-basemap@1", written by
 * geo/scripts/build-basemap.mjs, whose header is the reference). Coordinates are Web Mercator
 * zoom-0 pixels times `unit`, as integers; a ring or line is [x0, y0, dx1, dy1, ...]. Decoding
 * turns each into absolute coordinates once, so drawing only scales and translates.
 */
export const BASEMAP_FORMAT = 'summit-basemap@1';

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

export interface DetailIndex {
  unit: number;
  /** The map fetches detail tiles from this zoom on. */
  minZoom: number;
  /** Tile keys "z-x-y" of the tiles that exist (those with land). */
  tiles: string[];
  /** The map fetches a tile's river file (detail/rivers/z-x-y.json) from this zoom on; Infinity: none. */
  riverMinZoom: number;
  /** Keys of the tiles that have a river file. */
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

export function parseDetailIndex(value: unknown): DetailIndex {
  const json = object(value, 'not an object');
  const unit = checkFormat(json);
  const { minZoom } = json;
  if (typeof minZoom !== 'number') fail('minZoom');
  const tiles = list(json.tiles, 'tiles');
  if (!tiles.every((key) => typeof key === 'string')) fail('tiles');
  const riverMinZoom = json.riverMinZoom ?? Infinity;
  if (typeof riverMinZoom !== 'number') fail('riverMinZoom');
  const rivers = list(json.rivers, 'rivers');
  if (!rivers.every((key) => typeof key === 'string')) fail('rivers');
  return { unit, minZoom, tiles: tiles as string[], riverMinZoom, rivers: rivers as string[] };
}

// Point-in-ring tests live in rings.ts, so code that needs only them does not carry the parser.
export { ringsCover, winding } from './rings';
