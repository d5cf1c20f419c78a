/**
 * GeoJSON geometries of the data contract: parsing (shared by the places and the outcome
 * parsers) and the pure helpers the map draws with: every position, the kind, the anchor.
 */
import type polylabelFunction from 'polylabel';
import { lineLengthKm, midpointAlong } from './geo';
import { isObject } from './json-guards';
import type { GeometryType, PlaceGeometry, PlaceKind, Position, Rings } from './types';

/** polylabel, for areas' anchors: fetched with the first data that has areas (see loadAreaCode). */
let polylabel: typeof polylabelFunction | undefined;
let areaCode: Promise<void> | undefined;

/**
 * Fetches the code the anchors of areas need (polylabel), once: data without areas never loads it.
 * Undefined when it is here already, so that data can be taken at once.
 */
export function loadAreaCode(): Promise<void> | undefined {
  if (polylabel) return undefined;
  return (areaCode ??= import('polylabel').then(
    (code) => {
      polylabel = code.default;
    },
    (error: unknown) => {
      areaCode = undefined;
      throw error;
    },
  ));
}

export const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;

/** A [longitude, latitude] on Earth; a third number (altitude) is allowed and dropped. */
export function parsePosition(value: unknown): Position | undefined {
  if (!Array.isArray(value) || value.length < 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  const [longitude, latitude] = value as number[];
  return Math.abs(longitude!) <= 180 && Math.abs(latitude!) <= 90 ? [longitude!, latitude!] : undefined;
}

/** The positions of a list, or undefined if it is not a list of at least `min` valid ones. */
function positions(value: unknown, min: number): Position[] | undefined {
  if (!Array.isArray(value) || value.length < min) return undefined;
  const parsed: Position[] = [];
  for (const item of value) {
    const position = parsePosition(item);
    if (!position) return undefined;
    parsed.push(position);
  }
  return parsed;
}

const isClosed = (ring: Position[]) => ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1];

function rings(value: unknown): Rings | string {
  if (!Array.isArray(value) || value.length === 0) return 'has a polygon with no rings.';
  const parsed: Rings = [];
  for (const item of value) {
    const ring = positions(item, 4);
    if (!ring) return 'has a polygon ring that needs four or more [longitude, latitude] positions on Earth.';
    if (!isClosed(ring)) return 'has a polygon ring that is not closed: its last position must repeat its first.';
    parsed.push(ring);
  }
  return parsed;
}

/** Parses each item of a non-empty list; the first failure's sentence wins. */
function each<T>(value: unknown, parse: (item: unknown) => T | string, empty: string): T[] | string {
  if (!Array.isArray(value) || value.length === 0) return empty;
  const parsed: T[] = [];
  for (const item of value) {
    const result = parse(item);
    if (typeof result === 'string') return result;
    parsed.push(result);
  }
  return parsed;
}

const ON_EARTH = 'has coordinates that are not [longitude, latitude] on Earth.';
const line = (item: unknown) => positions(item, 2) ?? 'has a line that needs two or more [longitude, latitude] positions on Earth.';

type Coordinates<T extends GeometryType> = Extract<PlaceGeometry, { type: T }>['coordinates'];

/** The coordinates of each geometry type, or a sentence saying what is wrong with them. */
const COORDINATES: { [T in GeometryType]: (value: unknown) => Coordinates<T> | string } = {
  Point: (value) => parsePosition(value) ?? ON_EARTH,
  MultiPoint: (value) => each(value, (item) => parsePosition(item) ?? ON_EARTH, 'has a MultiPoint with no points.'),
  LineString: line,
  MultiLineString: (value) => each(value, line, 'has a MultiLineString with no lines.'),
  Polygon: rings,
  MultiPolygon: (value) => each(value, rings, 'has a MultiPolygon with no polygons.'),
};

/**
 * Returns the geometry, or a sentence (completing "The place X …") saying what is wrong.
 * @param allowed the geometry types the caller draws
 */
export function parseGeometry(value: unknown, allowed: readonly GeometryType[] = GEOMETRY_TYPES): PlaceGeometry | string {
  if (!isObject(value)) return 'has no geometry.';
  const type = value.type as GeometryType;
  if (!allowed.includes(type)) return `has a ${String(value.type)} geometry; only ${allowed.join(', ')} can be shown.`;
  const coordinates = COORDINATES[type](value.coordinates);
  return typeof coordinates === 'string' ? coordinates : ({ type, coordinates } as PlaceGeometry);
}

/** Every position of a geometry (for bounds). */
export function positionsOf(geometry: PlaceGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/** How a place is drawn: 'point' (Point, MultiPoint), 'line' (LineString, MultiLineString) or 'area' (Polygon, MultiPolygon). */
export function kindOf(place: { geometry: PlaceGeometry }): PlaceKind {
  const type = place.geometry.type;
  return type === 'Point' || type === 'MultiPoint' ? 'point' : type === 'LineString' || type === 'MultiLineString' ? 'line' : 'area';
}

/**
 * Where a place's marker or label goes: a point itself (a MultiPoint's first point); halfway along
 * a line (a MultiLineString's longest part), along great circles as routes are drawn; for an area,
 * the point inside its largest polygon farthest from the edges (polylabel, in degrees: await
 * `loadAreaCode()` first).
 */
export function anchorOf(place: { geometry: PlaceGeometry }): Position {
  const geometry = place.geometry;
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'MultiPoint':
      return geometry.coordinates[0]!;
    case 'LineString':
      return midpointAlong(geometry.coordinates);
    case 'MultiLineString':
      return midpointAlong(largest(geometry.coordinates, lineLengthKm));
    case 'Polygon':
      return inside(geometry.coordinates);
    case 'MultiPolygon':
      return inside(largest(geometry.coordinates, polygonArea));
  }
}

function largest<T>(items: readonly T[], size: (item: T) => number): T {
  let best = 0;
  let bestSize = -Infinity;
  items.forEach((item, index) => {
    const value = size(item);
    if (value > bestSize) [best, bestSize] = [index, value];
  });
  return items[best]!;
}

/** Planar area in square degrees (shoelace): enough to compare the parts of one MultiPolygon. */
function polygonArea(polygon: Rings): number {
  const ringArea = (ring: Position[]) => {
    let twice = 0;
    for (let i = 1; i < ring.length; i++) twice += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
    return Math.abs(twice) / 2;
  };
  return polygon.reduce((area, ring, index) => area + (index === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

function inside(polygon: Rings): Position {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of polygon[0]!) {
    [west, east, south, north] = [Math.min(west, lon), Math.max(east, lon), Math.min(south, lat), Math.max(north, lat)];
  }
  // A hundredth of the smaller side: fine enough for a label, and fast at any polygon size.
  const precision = Math.max(Math.min(east - west, north - south) / 100, 1e-9);
  if (!polylabel) throw new Error('The anchor of an area needs its code: await loadAreaCode() first.');
  const [lon, lat] = polylabel(polygon, precision);
  return [lon, lat];
}
