// Builds the offline basemap under geo/basemap/: the names (labels.json), one small world file for
// the zooms below 5, and detail tiles that the map fetches from zoom 5 instead: Natural Earth 1:10m
// simplified for the zoom (two lighter levels, for zooms 5 to 6 and 6 to 7), from zoom 7, 1:10m as it is.
// Run: npm run geo:basemap   (node geo/scripts/build-basemap.mjs)
//
// Sources (see geo/source/README.md for origin and licence):
// - Natural Earth Admin 0 countries at 1:50m (world file) and 1:10m (tiles), as packaged by
//   world-atlas@2 (node_modules/world-atlas, ISC; the data is public domain).
// - Natural Earth 1:10m lakes, minor islands, marine areas and rivers (lake centre lines), trimmed into
//   geo/source/natural-earth/ by geo/scripts/trim-natural-earth.mjs.
// - geo/source/sentosa.geojson: Sentosa, which Natural Earth lacks, traced by hand.
//
// FILE FORMAT "summit-basemap@2" (read by src/model/basemap-format.ts; @1 had the labels in
// world.json, which the map fetched at every zoom, and one level of detail tiles, listed as `unit`
// and `tiles` in detail/index.json):
// Coordinates are Web Mercator in zoom-0 pixels (0..256 across the world, y down, as Leaflet's
// map.project(latlng, 0)), multiplied by `unit` and rounded to integers. A ring or line is a flat
// array [x0, y0, dx1, dy1, dx2, dy2, ...]: the first point absolute, each next one as the
// difference from the one before. Rings are closed implicitly and keep Natural Earth's winding
// (holes run the other way), so they fill with the nonzero rule.
//   labels.json  { format, unit: 16, labels: [{ text, kind: 'country' | 'sea', x, y, minZoom, rank }] }
//   world.json   { format, unit: 16, countries: [{ name, rings }], lakes: [ring], borders: [line] }
//   detail/index.json { format, minZoom, levels: [level, ...], riverMinZoom, rivers: ['z-x-y', ...] }
//     level { minZoom, folder, unit, margin, tiles: ['z-x-y', ...] }, or with the cells of the
//     zoom-`grid` grid that have a tile, { ..., grid, cells }: a bitmap, bit y·2^grid + x (lowest
//     bit of each byte first), in base64. A level serves its minZoom up to the next level's (the
//     last, all deeper zooms); levels come by minZoom. Its tiles are detail/{folder}z-x-y.json;
//     `folder` is "" (1:10m, in detail/ itself) or "z5/", "z6/" (the lighter levels).
//   detail/{folder}z-x-y.json { format, unit, tile: [z, x, y], countries, land: [ring], lakes, borders }
//   detail/rivers/z-x-y.json { format, unit: 4096, tile: [z, x, y], rivers: [line] }
// A detail tile covers the zoom-z tile (x, y) of the Web Mercator grid (in zoom-0 pixels
// [x, y] * 256 / 2^z, size 256 / 2^z); its fills reach `margin` units beyond on every side (a
// screen pixel at zoom 5), so neighbouring fills overlap and no seam shows; its borders stop at the
// tile's edge. Ocean-only tiles are not written; the index lists the rest. The 1:10m tiles
// (unit 4096) form a quadtree: each starts at zoom 4 and is split while its gzip size is over
// TILE_GZIP_BUDGET. The lighter levels (MID_LEVELS) are a grid each, zoom 5 and zoom 6, so that a
// view at their zooms fetches about a screenful: their unit is 4 per CSS pixel at the zoom they
// hand over at (256 and 512), and they are simplified to half a CSS pixel there.
// `borders` are land borders between countries (coasts are not stroked); `land` is land outside
// any country (minor islands); labels live only in labels.json, which the map fetches at every zoom
// (world.json only below the first level's minZoom, where no detail tile is drawn). Rivers are Natural Earth's rivers
// and lake centre lines, open lines cut at the edge of the 1:10m tiles like borders, in a file of
// their own per 1:10m tile that the map fetches only from `riverMinZoom` (local context, never in
// the bytes of a first view at region scale or wider) and merges into that tile; they do not count
// towards a tile's split. riverMinZoom is never below the 1:10m level's minZoom.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import polylabel from 'polylabel';
import { feature, mesh, transform } from 'topojson-client';
import { planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { cutAtAntimeridian } from './cut-antimeridian.mjs';
import { titleCase } from './title-case.mjs';

const require = createRequire(import.meta.url);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(here(path), 'utf8'));
const OUT = here('../basemap/');

const FORMAT = 'summit-basemap@2';
const WORLD_UNIT = 16; // 1/16 zoom-0 pixel: one screen pixel at zoom 4, half a pixel at zoom 3
const DETAIL_UNIT = 4096; // 1/4096 zoom-0 pixel: a quarter of a screen pixel at zoom 10 (≤ 38 m)
/** Zoom from which the map fetches detail tiles; the world file is simplified for the zooms below. */
const DETAIL_MIN_ZOOM = 5;
/**
 * The lighter detail levels, below the 1:10m tiles: Natural Earth 1:10m simplified for the top of
 * the zooms each serves (zoom `minZoom` up to the next level's), in tiles of the zoom-`grid` grid,
 * so that a view fetches about a screenful of land drawn no finer than it can show. Tolerances are
 * in CSS pixels at `top`, the zoom where the next level takes over: countries are simplified on
 * their topology (shared borders stay shared) by Visvalingam's method weighted by height, lakes and
 * minor islands by Douglas–Peucker, both to MID_TOLERANCE_PX (a device pixel at devicePixelRatio 2);
 * rings smaller than MID_MIN_RING_PX go (each country keeps its largest); coordinates are rounded
 * to 1/MID_UNIT_PER_PX of a pixel.
 */
const MID_LEVELS = [
  { minZoom: 5, top: 6, grid: 5, folder: 'z5/' },
  { minZoom: 6, top: 7, grid: 6, folder: 'z6/' },
];
const MID_TOLERANCE_PX = 0.5;
const MID_MIN_RING_PX = 1;
const MID_UNIT_PER_PX = 4;
/** Zoom from which the map fetches the 1:10m tiles (the quadtree below), as they are. */
const FULL_MIN_ZOOM = 7;
const WORLD_MIN_AREA = 8 / 16 ** 2; // Visvalingam area in zoom-0 px²: 8 screen px² at zoom 4
const WORLD_MIN_RING_AREA = 3 / 16 ** 2; // smaller islands go (each country keeps its largest ring)
const WORLD_LAKE_MIN_ZOOM = 2; // lakes that Natural Earth shows by zoom 2 go into the world file
const TILE_START_ZOOM = 4;
const TILE_MAX_ZOOM = 8;
const TILE_GZIP_BUDGET = 60_000;
/** Zoom from which the map fetches river files: local context, ~1.2 km a pixel. */
const RIVER_MIN_ZOOM = 7;
// Fill overlap around each tile, in zoom-0 pixels: one screen pixel at zoom 5, so anti-aliased tile
// edges never let the sea show through a seam. Borders are cut at the tile edge itself.
const TILE_MARGIN = 1 / 2 ** DETAIL_MIN_ZOOM;
const WORLD_GZIP_BUDGET = 45_000;
const DROP = new Set(['Antarctica']); // no story place near it, and big
const MAX_LATITUDE = 85.0511287798; // Leaflet's Web Mercator limit

/** Web Mercator in zoom-0 pixels, as Leaflet's map.project(latlng, 0). */
function project([lon, lat]) {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [((lon + 180) / 360) * 256, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256];
}

// ---------------------------------------------------------------------------------------------
// Countries: world-atlas topology → absolute lon/lat → cut at ±180° → projected topology.

function projectedCountries(topology) {
  const decode = transform(topology.transform);
  const countries = topology.objects.countries;
  const absolute = {
    type: 'Topology',
    arcs: topology.arcs.map((arc) => arc.map((point, i) => decode(point, i).slice(0, 2))),
    objects: { countries: { ...countries, geometries: countries.geometries.filter((g) => !DROP.has(g.properties.name)) } },
  };
  const cut = cutAtAntimeridian(absolute);
  // Points exactly on ±180° stay there, so the cut edges meet the map's edge.
  return { ...cut, arcs: cut.arcs.map((arc) => arc.map(project)) };
}

/** Polygons of each country, as arrays of rings of [x, y] zoom-0 pixels. */
function polygonsByCountry(topology) {
  return feature(topology, topology.objects.countries).features.map((f) => ({
    name: f.properties.name,
    polygons: f.geometry === null ? [] : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));
}

function bordersOf(topology) {
  return mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates;
}

// ---------------------------------------------------------------------------------------------
// Encoding.

/** Quantizes a point list, dropping repeated points (and the closing point of a ring). */
function quantize(points, unit, closed) {
  const out = [];
  for (const [x, y] of points) {
    const q = [Math.round(x * unit), Math.round(y * unit)];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (closed && out.length > 1 && out[0][0] === out.at(-1)[0] && out[0][1] === out.at(-1)[1]) out.pop();
  return out;
}

function deltaEncode(points) {
  const flat = [points[0][0], points[0][1]];
  for (let i = 1; i < points.length; i++) flat.push(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  return flat;
}

const encodeRing = (ring, unit) => {
  const points = quantize(ring, unit, true);
  return points.length >= 3 ? deltaEncode(points) : null;
};
const encodeLine = (line, unit) => {
  const points = quantize(line, unit, false);
  return points.length >= 2 ? deltaEncode(points) : null;
};
const encodeRings = (rings, unit) => rings.map((r) => encodeRing(r, unit)).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Natural Earth GeoJSON sources.

const ringsOf = (geometry) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());
const projectRings = (geometry) => ringsOf(geometry).map((ring) => ring.map(project));

/**
 * Natural Earth's 1:10m Mälaren runs about 2 km past the lake's outlet (Norrström and Slussen,
 * 18.07° E) over Stockholm's old town and centre, where the story's Stockholm pin is; the lake is
 * cut there. East of the cut the country fill (Sweden) shows, as at 1:50m.
 */
const LAKE_CORRECTIONS = [{ name: 'Mälaren', keepWestOf: 18.066 }];

function correctLake(f) {
  const correction = LAKE_CORRECTIONS.find((c) => c.name === f.properties.name);
  if (!correction) return f;
  const rect = [-180, -90, correction.keepWestOf, 90];
  const cut = (ring) => {
    const clipped = clipRing(ring, rect);
    return clipped.length >= 3 ? [...clipped, clipped[0]] : null;
  };
  const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
    .map((polygon) => polygon.map(cut).filter(Boolean))
    .filter((polygon) => polygon.length > 0);
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

const lakes = readJson('../source/natural-earth/ne_10m_lakes.json').features.map(correctLake);
const islands = readJson('../source/natural-earth/ne_10m_minor_islands.json').features;
const marine = readJson('../source/natural-earth/ne_10m_geography_marine_polys.json').features;
const sentosa = readJson('../source/sentosa.geojson').features;
const rivers = readJson('../source/natural-earth/ne_10m_rivers_lake_centerlines.json').features;
const linesOf = (geometry) => (geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates);

/** Douglas–Peucker on a ring in zoom-0 pixels (keeps the first point). */
function simplifyLine(points, tolerance) {
  if (points.length <= 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let worstIndex = 0;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dx * (ay - py) - dy * (ax - px)) / length;
      if (d > worst) [worst, worstIndex] = [d, i];
    }
    if (worst > tolerance) {
      keep[worstIndex] = 1;
      stack.push([first, worstIndex], [worstIndex, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

// ---------------------------------------------------------------------------------------------
// Labels.

const LABEL_CHAR_PX = 6.5; // average width of a character of the map's label font, in CSS pixels

/** The zoom from which a name of `text` roughly fits a shape whose inscribed circle has `radius` zoom-0 px (it may overhang, as on news locator maps). */
const fitZoom = (text, radius) => Math.ceil(Math.log2((text.length * LABEL_CHAR_PX * 0.4) / (2 * Math.max(radius, 1e-6))));
const clamp = (value, low, high) => Math.max(low, Math.min(high, value));

function largestPolygon(polygons) {
  return polygons.reduce((a, b) => (Math.abs(planarRingArea(b[0])) > Math.abs(planarRingArea(a[0])) ? b : a));
}

function countryLabels(countries) {
  return countries
    .filter((c) => c.polygons.length > 0)
    .map((country) => {
      const polygon = largestPolygon(country.polygons);
      const point = polylabel(polygon, 0.01);
      const area = Math.abs(planarRingArea(polygon[0]));
      return {
        text: country.name,
        kind: 'country',
        x: Math.round(point[0] * WORLD_UNIT),
        y: Math.round(point[1] * WORLD_UNIT),
        minZoom: clamp(fitZoom(country.name, point.distance), 2, 9),
        rank: area,
      };
    });
}

function seaLabels() {
  const SEA_CLASSES = new Set(['ocean', 'sea', 'gulf', 'bay']);
  const byName = new Map();
  for (const f of marine) {
    const { featurecla, scalerank, min_label: minLabel } = f.properties;
    if (!SEA_CLASSES.has(featurecla) || scalerank > 3) continue;
    const text = titleCase(f.properties.name);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const polygon = largestPolygon(polygons.map((p) => p.map((ring) => ring.map(project))));
    const area = Math.abs(planarRingArea(polygon[0]));
    const previous = byName.get(text);
    if (previous && previous.area >= area) continue;
    const point = polylabel(polygon, 0.05);
    byName.set(text, {
      area,
      label: {
        text,
        kind: 'sea',
        x: Math.round(point[0] * WORLD_UNIT),
        y: Math.round(point[1] * WORLD_UNIT),
        // Natural Earth's own label zoom, one step earlier: the story map is small and regional.
        minZoom: clamp(Math.round(minLabel) - 1, 2, 9),
        rank: area,
      },
    });
  }
  return [...byName.values()].map((v) => v.label);
}

// ---------------------------------------------------------------------------------------------
// World file: 1:50m, simplified for zooms below DETAIL_MIN_ZOOM.

function buildWorld() {
  const projected = projectedCountries(require('world-atlas/countries-50m.json'));
  const weighted = presimplify(projected, planarTriangleArea);
  // Every country keeps its largest ring as a polygon: its three heaviest vertices survive.
  const ringPoints = (ring) => ring.flatMap((i) => (i < 0 ? [...weighted.arcs[~i]].reverse() : weighted.arcs[i]));
  for (const geometry of projected.objects.countries.geometries) {
    const rings = geometry.type === 'Polygon' ? [geometry.arcs[0]] : geometry.arcs.map((polygon) => polygon[0]);
    if (rings.length === 0) continue;
    const largest = rings.reduce((a, b) => (Math.abs(planarRingArea(ringPoints(b))) > Math.abs(planarRingArea(ringPoints(a))) ? b : a));
    const points = ringPoints(largest).sort((a, b) => b[2] - a[2]);
    for (const p of points.slice(0, 4)) p[2] = Infinity;
  }
  const simplified = simplify(weighted, WORLD_MIN_AREA);
  const full = polygonsByCountry(projected);
  const countries = polygonsByCountry(simplified)
    .map((country) => {
      const largest = country.polygons.length > 0 ? largestPolygon(country.polygons)[0] : null;
      const rings = country.polygons.flat().filter((ring) => ring === largest || Math.abs(planarRingArea(ring)) >= WORLD_MIN_RING_AREA);
      return { name: country.name, rings: encodeRings(rings, WORLD_UNIT) };
    })
    .filter((country) => country.rings.length > 0); // microstates (Vatican, Monaco) are below a pixel here
  const worldLakes = lakes
    .filter((f) => f.properties.min_zoom <= WORLD_LAKE_MIN_ZOOM)
    .flatMap((f) => projectRings(f.geometry))
    .map((ring) => simplifyLine(ring, 1 / WORLD_UNIT))
    .filter((ring) => Math.abs(planarRingArea(ring)) * 16 ** 2 >= 4) // ≥ 4 screen px² at zoom 4
    .map((ring) => encodeRing(ring, WORLD_UNIT))
    .filter(Boolean);
  const borders = bordersOf(simplified)
    .map((line) => encodeLine(line, WORLD_UNIT))
    .filter(Boolean);
  const labels = [...seaLabels(), ...countryLabels(full)]
    .sort((a, b) => a.minZoom - b.minZoom || b.rank - a.rank)
    .map((label, rank) => ({ ...label, rank }));
  return {
    world: { format: FORMAT, unit: WORLD_UNIT, countries, lakes: worldLakes, borders },
    labels: { format: FORMAT, unit: WORLD_UNIT, labels },
  };
}

// ---------------------------------------------------------------------------------------------
// Detail tiles: 1:10m countries, lakes and minor islands, clipped to a quadtree of tiles.

/** Sutherland–Hodgman clip of a closed ring to a rectangle (a fill only: edges along the cut are fine). */
function clipRing(ring, [x0, y0, x1, y1]) {
  let points = ring;
  const edges = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  for (const [inside, cross] of edges) {
    if (points.length === 0) break;
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) out.push(cross(previous, current));
    }
    points = out;
  }
  return points;
}

/** Clips an open line to a rectangle (Liang–Barsky per segment); returns the pieces inside. */
function clipLine(line, [x0, y0, x1, y1]) {
  const pieces = [];
  let current = null;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1];
    const [bx, by] = line[i];
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    let visible = true;
    for (const [p, q] of [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ]) {
      if (p === 0) {
        if (q < 0) visible = false;
        continue;
      }
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
    if (!visible || t0 > t1) {
      current = null;
      continue;
    }
    const start = [ax + t0 * dx, ay + t0 * dy];
    const end = [ax + t1 * dx, ay + t1 * dy];
    if (!current || t0 > 0) {
      current = [start];
      pieces.push(current);
    }
    current.push(end);
    if (t1 < 1) current = null;
  }
  return pieces;
}

function boundsOf(points) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

const withBounds = (points) => ({ points, bounds: boundsOf(points) });
const overlaps = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const within = (a, b) => a[0] >= b[0] && a[2] <= b[2] && a[1] >= b[1] && a[3] <= b[3];

function detailSources() {
  const projected = projectedCountries(require('world-atlas/countries-10m.json'));
  const countries = polygonsByCountry(projected).map((c) => ({ name: c.name, rings: c.polygons.flat().map(withBounds) }));
  const singapore = countries.find((c) => c.name === 'Singapore');
  for (const f of sentosa) singapore.rings.push(...projectRings(f.geometry).map(withBounds));
  return {
    countries: countries.filter((c) => c.rings.length > 0),
    land: islands.flatMap((f) => projectRings(f.geometry)).map(withBounds),
    lakes: lakes.flatMap((f) => projectRings(f.geometry)).map(withBounds),
    borders: bordersOf(projected).map(withBounds),
    rivers: rivers.flatMap((f) => linesOf(f.geometry).map((line) => line.map(project))).map(withBounds),
  };
}

function encodeTile(sources, [z, x, y], unit) {
  const size = 256 / 2 ** z;
  const margin = TILE_MARGIN;
  const rect = [x * size - margin, y * size - margin, (x + 1) * size + margin, (y + 1) * size + margin];
  const clipRings = (rings) =>
    rings
      .filter((r) => overlaps(r.bounds, rect))
      .map((r) => (within(r.bounds, rect) ? r.points : clipRing(r.points, rect)))
      .map((ring) => encodeRing(ring, unit))
      .filter(Boolean);
  const countries = sources.countries.map((c) => ({ name: c.name, rings: clipRings(c.rings) })).filter((c) => c.rings.length > 0);
  const land = clipRings(sources.land);
  const lakeRings = clipRings(sources.lakes);
  const edge = [x * size, y * size, (x + 1) * size, (y + 1) * size];
  const clipLines = (lines) =>
    lines
      .filter((l) => overlaps(l.bounds, edge))
      .flatMap((l) => clipLine(l.points, edge))
      .map((line) => encodeLine(line, unit))
      .filter(Boolean);
  const borders = clipLines(sources.borders);
  if (countries.length === 0 && land.length === 0) return null;
  return { format: FORMAT, unit, tile: [z, x, y], countries, land, lakes: lakeRings, borders };
}

/** The rivers of the tile (z, x, y), cut at its edge; null where it has none. */
function encodeRivers(sources, [z, x, y]) {
  const size = 256 / 2 ** z;
  const edge = [x * size, y * size, (x + 1) * size, (y + 1) * size];
  const rivers = sources.rivers
    .filter((l) => overlaps(l.bounds, edge))
    .flatMap((l) => clipLine(l.points, edge))
    .map((line) => encodeLine(line, DETAIL_UNIT))
    .filter(Boolean);
  return rivers.length > 0 ? { format: FORMAT, unit: DETAIL_UNIT, tile: [z, x, y], rivers } : null;
}

/**
 * Visvalingam's weight by height instead of area: how far a point is from the line between its
 * neighbours. A long, thin inlet or spit has a small area but a large height, and its shape shows.
 */
function triangleHeight([a, b, c]) {
  const base = Math.hypot(c[0] - a[0], c[1] - a[1]);
  return base === 0 ? Math.hypot(b[0] - a[0], b[1] - a[1]) : (2 * planarTriangleArea([a, b, c])) / base;
}

/** 1:10m simplified for zooms below `top` (see MID_LEVELS), as clip sources. */
function midSources(top) {
  const px = 1 / 2 ** top; // one CSS pixel at zoom `top`, in zoom-0 pixels
  const projected = projectedCountries(require('world-atlas/countries-10m.json'));
  const simplified = simplify(presimplify(projected, triangleHeight), MID_TOLERANCE_PX * px);
  const big = (ring) => Math.abs(planarRingArea(ring)) >= MID_MIN_RING_PX * px * px;
  const countries = polygonsByCountry(simplified).map((c) => {
    const largest = c.polygons.length > 0 ? largestPolygon(c.polygons)[0] : null;
    return { name: c.name, rings: c.polygons.flat().filter((ring) => ring === largest || big(ring)) };
  });
  const small = (rings) => rings.map((ring) => simplifyLine(ring, MID_TOLERANCE_PX * px)).filter(big);
  countries.find((c) => c.name === 'Singapore').rings.push(...small(sentosa.flatMap((f) => projectRings(f.geometry))));
  return {
    countries: countries.filter((c) => c.rings.length > 0).map((c) => ({ name: c.name, rings: c.rings.map(withBounds) })),
    land: small(islands.flatMap((f) => projectRings(f.geometry))).map(withBounds),
    lakes: small(lakes.flatMap((f) => projectRings(f.geometry))).map(withBounds),
    borders: bordersOf(simplified).map(withBounds),
  };
}

/** A lighter level: every tile of its grid that has land, and the grid's cells as a bitmap. */
function buildMid({ top, grid }) {
  const sources = midSources(top);
  const unit = 2 ** top * MID_UNIT_PER_PX;
  const n = 2 ** grid;
  const cells = new Uint8Array(Math.ceil((n * n) / 8));
  const tiles = new Map();
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const tile = encodeTile(sources, [grid, x, y], unit);
      if (!tile) continue;
      tiles.set(`${grid}-${x}-${y}`, JSON.stringify(tile));
      const bit = y * n + x;
      cells[bit >> 3] |= 1 << (bit & 7);
    }
  return { unit, tiles, cells: Buffer.from(cells).toString('base64') };
}

function buildDetail() {
  const sources = detailSources();
  const tiles = new Map();
  const visit = (z, x, y) => {
    const tile = encodeTile(sources, [z, x, y], DETAIL_UNIT);
    if (!tile) return;
    const text = JSON.stringify(tile);
    if (gzipSync(text, { level: 9 }).length > TILE_GZIP_BUDGET && z < TILE_MAX_ZOOM) {
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ])
        visit(z + 1, 2 * x + dx, 2 * y + dy);
      return;
    }
    tiles.set(`${z}-${x}-${y}`, text);
  };
  const n = 2 ** TILE_START_ZOOM;
  for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) visit(TILE_START_ZOOM, x, y);
  const rivers = new Map();
  for (const key of tiles.keys()) {
    const file = encodeRivers(sources, key.split('-').map(Number));
    if (file) rivers.set(key, JSON.stringify(file));
  }
  return { tiles, rivers };
}

// ---------------------------------------------------------------------------------------------
// Write and report.

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

// locator-land.json (scripts/build-locator-land.mjs) lives in the same folder and is kept.
rmSync(`${OUT}detail`, { recursive: true, force: true });
rmSync(`${OUT}world.json`, { force: true });
rmSync(`${OUT}labels.json`, { force: true });
mkdirSync(`${OUT}detail/rivers`, { recursive: true });

const built = buildWorld();
const world = JSON.stringify(built.world);
writeFileSync(`${OUT}world.json`, world);
console.log(`geo/basemap/world.json: raw ${kb(world.length)}, gzip ${kb(gzip(world))} (budget ${kb(WORLD_GZIP_BUDGET)})`);
if (gzip(world) > WORLD_GZIP_BUDGET) process.exitCode = 1;
const labels = JSON.stringify(built.labels);
writeFileSync(`${OUT}labels.json`, labels);
console.log(`geo/basemap/labels.json: raw ${kb(labels.length)}, gzip ${kb(gzip(labels))}`);

const { tiles, rivers: riverFiles } = buildDetail();
let [raw, zipped, largest] = [0, 0, ['', 0]];
for (const [key, text] of tiles) {
  writeFileSync(`${OUT}detail/${key}.json`, text);
  const size = gzip(text);
  raw += text.length;
  zipped += size;
  if (size > largest[1]) largest = [key, size];
}
let [riverRaw, riverZipped, riverLargest] = [0, 0, ['', 0]];
for (const [key, text] of riverFiles) {
  writeFileSync(`${OUT}detail/rivers/${key}.json`, text);
  const size = gzip(text);
  riverRaw += text.length;
  riverZipped += size;
  if (size > riverLargest[1]) riverLargest = [key, size];
}
console.log(
  `geo/basemap/detail/rivers: ${riverFiles.size} files, raw ${kb(riverRaw)}, gzip ${kb(riverZipped)}, largest ${riverLargest[0]} ${kb(riverLargest[1])} gzip`,
);
const levels = [];
for (const level of MID_LEVELS) {
  const { unit, tiles: midTiles, cells } = buildMid(level);
  mkdirSync(`${OUT}detail/${level.folder}`, { recursive: true });
  let [midRaw, midZipped, midLargest] = [0, 0, 0];
  for (const [key, text] of midTiles) {
    writeFileSync(`${OUT}detail/${level.folder}${key}.json`, text);
    midRaw += text.length;
    midZipped += gzip(text);
    midLargest = Math.max(midLargest, gzip(text));
  }
  console.log(
    `geo/basemap/detail/${level.folder}: zooms ${level.minZoom}–${level.top}, ${midTiles.size} tiles, raw ${kb(midRaw)}, gzip ${kb(midZipped)}, largest ${kb(midLargest)} gzip`,
  );
  if (midLargest > TILE_GZIP_BUDGET) process.exitCode = 1;
  levels.push({ minZoom: level.minZoom, folder: level.folder, unit, margin: TILE_MARGIN * unit, grid: level.grid, cells });
}
levels.push({ minZoom: FULL_MIN_ZOOM, folder: '', unit: DETAIL_UNIT, margin: TILE_MARGIN * DETAIL_UNIT, tiles: [...tiles.keys()].sort() });
// Rivers are cut along the 1:10m tiles and merged into them: they must start where those do, or later.
if (RIVER_MIN_ZOOM < FULL_MIN_ZOOM) throw new Error('riverMinZoom is below the 1:10m level');
const index = {
  format: FORMAT,
  minZoom: DETAIL_MIN_ZOOM,
  levels,
  riverMinZoom: RIVER_MIN_ZOOM,
  rivers: [...riverFiles.keys()].sort(),
};
writeFileSync(`${OUT}detail/index.json`, JSON.stringify(index));
console.log(`geo/basemap/detail: ${tiles.size} tiles, raw ${kb(raw)}, gzip ${kb(zipped)}, largest ${largest[0]} ${kb(largest[1])} gzip`);
console.log(`geo/basemap/detail/index.json: raw ${kb(JSON.stringify(index).length)}, gzip ${kb(gzip(JSON.stringify(index)))}`);
if (largest[1] > TILE_GZIP_BUDGET) process.exitCode = 1;
