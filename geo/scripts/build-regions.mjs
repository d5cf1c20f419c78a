// Builds the basemap's region names under geo/basemap/regions/: the names of first-level regions
// (states, provinces) and of islands, peninsulas, ranges and other physical regions, each with a
// label point and the zooms at which it is drawn, for context at local and regional scale.
// Run: npm run geo:regions   (node geo/scripts/build-regions.mjs)
//
// Sources (see geo/source/README.md for origin and licence), trimmed by trim-natural-earth-regions.mjs:
// - Natural Earth 1:10m admin-1 label points (one per polygon part of each state or province);
// - Natural Earth 1:10m geography regions (polygons; the continents left out);
// - world-atlas@2 land-10m and Natural Earth 1:10m minor islands, to find each region's main part.
//
// FILE FORMAT "summit-regions@1" (read by src/model/region-format.ts):
//   regions/{L}-{x}-{y}.json { format, unit: 256, tile: [L, x, y], children: ['L+1-x-y', ...],
//                              labels: [{ text, kind: 'region' | 'feature', x, y, r, minZoom, maxZoom, rank }] }
// Tiles by level L = 3..7: a level-L tile is the cell (x, y) of the zoom-L Web Mercator grid and
// holds the names first drawn at zoom L + 3 (level 7: at zoom 10 or deeper) whose point lies in
// it, so a view needs one to four tiles of each level it shows, never names it cannot draw yet.
// Every level-3 tile is written (64, empty ones too); deeper tiles only where they or their
// descendants hold names, each tile listing its children that exist (no index, no missing file).
// x, y: the label point, r: the room around it still inside the region (inscribed radius of an
// island or range; a third of the way to the nearest other state's point), in zoom-0 pixels times
// `unit`, rounded. A name is drawn at zooms minZoom ≤ z < maxZoom, never below 6 (REGION_MIN_ZOOM
// in src/model/region-format.ts); rank is world-wide, lower first.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import { planarRingArea } from 'topojson-simplify';
import { titleCase } from './title-case.mjs';

const require = createRequire(import.meta.url);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(here(path), 'utf8'));
const OUT = here('../basemap/regions/');

const FORMAT = 'summit-regions@1';
const UNIT = 256; // 1/256 zoom-0 pixel: a screen pixel at zoom 8, enough for a label point
/** A level-L tile holds the names first drawn at zoom L + LEVEL_OFFSET: a view is one to four tiles of a level across. */
const LEVEL_OFFSET = 3;
const MIN_LEVEL = 3; // names from zoom 6
const MAX_LEVEL = 7; // names from zoom 10 and deeper
/** No region name below this zoom: local and regional scale, never the world view (src/model/region-format.ts). */
const REGION_MIN_ZOOM = 6;
const MAX_ZOOM = 19; // "no upper limit" for the map's zooms (18 with online tiles)
/** A name that fits only deeper than this is left out: online tiles, which cover the basemap, name their own places there. */
const DEEPEST_MIN_ZOOM = 12;
/** A physical region is named up to the zoom where its extent reaches this many screen pixels: beyond, the name no longer places anything in view. */
const MAX_EXTENT_PX = 1000;
const LABEL_CHAR_PX = 6.5; // average width of a character of the label font, in CSS pixels (as build-basemap.mjs)
const MAX_LATITUDE = 85.0511287798;

function project([lon, lat]) {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [((lon + 180) / 360) * 256, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256];
}
const clamp = (value, low, high) => Math.max(low, Math.min(high, value));
/** The zoom from which a name of `text` fits across `size` zoom-0 pixels (overhanging by `overhang` times at most). */
const fitZoom = (text, size, overhang) => Math.ceil(Math.log2((text.length * LABEL_CHAR_PX) / overhang / Math.max(size, 1e-6)));

// ---------------------------------------------------------------------------------------------
// Names: Natural Earth's spelling, with its few known faults mended or left out.

/** Misspelt in Natural Earth 1:10m admin-1 (v4.1), by adm1_code. */
const RENAME = new Map([['VNM-487', 'Quảng Nam']]);
/**
 * Left out: names that are not the region's (Vietnam's socio-economic regions given to single
 * provinces in Natural Earth v4.1) and names damaged in encoding ("?" for a letter).
 */
const WRONG = new Set(['VNM-451', 'VNM-461', 'VNM-497', 'VNM-505']);
const damaged = (name) => /[?\uFFFD]/.test(name) || /\(.*minor island\)/i.test(name);

/** Natural Earth writes the bigger physical regions in capitals (a style): the map writes names as names. */
const nameOf = (name) =>
  name === name.toUpperCase() ? titleCase(name, ['of', 'the', 'and', 'de', 'du', 'la', 'le']) : name.replace(/\s+/g, ' ').trim();
/** For comparing names: no case, accents or okina ("Hawaii" is "Hawai‘i"). */
const fold = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f‘’'ʻ`]/g, '')
    .toLowerCase();

// ---------------------------------------------------------------------------------------------
// Land rings: the part of a region a label point lies in, and how big it is.

function landRings() {
  const land = require('world-atlas/land-10m.json');
  const polygons = feature(land, land.objects.land).features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  const islands = readJson('../source/natural-earth/ne_10m_minor_islands.json').features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  return [...polygons, ...islands].map((polygon) => {
    // Rings that cross ±180° (Chukotka, Fiji) are made continuous: longitudes beyond ±180 are kept.
    const ring = [];
    for (const [lon, lat] of polygon[0]) {
      const previous = ring.at(-1);
      ring.push([previous ? lon + 360 * Math.round((previous[0] - lon) / 360) : lon, lat]);
    }
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    return { ring, bounds: [x0, y0, x1, y1], area: Math.abs(planarRingArea(ring.map(project))) };
  });
}

function inside(ring, [x, y]) {
  let count = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) count = !count;
  }
  return count;
}

/** The area (zoom-0 px²) of the land ring a point lies in; 0 off the land. */
function landAreaAt(rings, [lon, lat]) {
  let best = 0;
  for (const { ring, bounds, area } of rings) {
    if (area <= best || lat < bounds[1] || lat > bounds[3]) continue;
    for (const x of [lon, lon - 360, lon + 360])
      if (x >= bounds[0] && x <= bounds[2] && inside(ring, [x, lat])) {
        best = area;
        break;
      }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Admin-1: one label per region, on its biggest part; named from the zoom its name fits.

function admin1Labels(rings) {
  const byCode = new Map();
  for (const f of readJson('../source/natural-earth/ne_10m_admin_1_label_points.json').features) {
    const { adm1_code: code, name, scalerank, adm0_sr: partRank } = f.properties;
    if (WRONG.has(code) || !name || damaged(name)) continue;
    const area = landAreaAt(rings, f.geometry.coordinates);
    const previous = byCode.get(code);
    // The part on the biggest land; of parts on one land, Natural Earth's main part (adm0_sr 1).
    if (previous && (previous.area > area || (previous.area === area && previous.partRank <= partRank))) continue;
    byCode.set(code, { text: RENAME.get(code) ?? nameOf(name), scalerank, partRank, area, point: project(f.geometry.coordinates) });
  }
  const regions = [...byCode.values()];
  // A region's size: half the distance to the nearest other region's label point (they tile the land).
  for (const region of regions) {
    let nearest = Infinity;
    for (const other of regions) {
      if (other === region) continue;
      const d = Math.hypot(other.point[0] - region.point[0], other.point[1] - region.point[1]);
      if (d < nearest) nearest = d;
    }
    region.size = Math.min(nearest, Math.sqrt(region.area));
  }
  const labels = regions.map((region) => ({
    text: region.text,
    kind: 'region',
    point: region.point,
    // The name may overhang its region by a quarter on each side, as the country names may more.
    minZoom: clamp(fitZoom(region.text, region.size, 1.5), REGION_MIN_ZOOM, MAX_ZOOM),
    maxZoom: MAX_ZOOM,
    scalerank: region.scalerank,
    size: region.size,
    // Room around the point that is still the region's: a third of the way to its nearest neighbour.
    radius: region.size / 3,
  }));
  return labels.filter((label) => label.minZoom <= DEEPEST_MIN_ZOOM);
}

// ---------------------------------------------------------------------------------------------
// Geography regions: islands, island groups, peninsulas, ranges, deserts, deltas, …

function featureLabels() {
  return readJson('../source/natural-earth/ne_10m_geography_regions_polys.json')
    .features.map((f) => {
      const { name, scalerank, min_label: minLabel } = f.properties;
      const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((polygon) =>
        polygon.map((ring) => ring.map(project)),
      );
      const largest = polygons.reduce((a, b) => (Math.abs(planarRingArea(b[0])) > Math.abs(planarRingArea(a[0])) ? b : a));
      const point = polylabel(largest, 0.001);
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of polygons.flat(2)) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      const extent = Math.max(x1 - x0, y1 - y0);
      const text = nameOf(name);
      return {
        text,
        kind: 'feature',
        point,
        // Natural Earth's own label zoom, one step earlier (as the seas), once the name roughly fits the shape.
        minZoom: clamp(Math.max(Math.round(minLabel) - 1, fitZoom(text, 2 * point.distance, 2.5)), REGION_MIN_ZOOM, MAX_ZOOM),
        maxZoom: clamp(Math.floor(Math.log2(MAX_EXTENT_PX / extent)) + 1, 0, MAX_ZOOM),
        scalerank,
        size: extent,
        radius: point.distance,
      };
    })
    .filter((label) => label.minZoom < label.maxZoom && label.minZoom <= DEEPEST_MIN_ZOOM);
}

// ---------------------------------------------------------------------------------------------

const rings = landRings();
const features = featureLabels();
// A state named as the island or region it is drawn on ("Hawaii" on Hawaiʻi): the physical name stays.
const near = (a, b) => Math.hypot(a.point[0] - b.point[0], a.point[1] - b.point[1]) < 1; // < 1 zoom-0 px (≤ 156 km)
const regions = admin1Labels(rings).filter((region) => !features.some((f) => fold(f.text) === fold(region.text) && near(f, region)));
const labels = [...regions, ...features]
  .sort((a, b) => a.scalerank - b.scalerank || b.size - a.size)
  .map(({ text, kind, point, minZoom, maxZoom, radius }, rank) => ({
    text,
    kind,
    x: Math.round(point[0] * UNIT),
    y: Math.round(point[1] * UNIT),
    r: Math.round(radius * UNIT),
    minZoom,
    maxZoom,
    rank,
  }));

// Tiles by level: a level-L tile is a cell of the zoom-L grid and holds the names first drawn at
// zoom L + LEVEL_OFFSET (the deepest level, all deeper ones); it lists its children at L + 1 that
// hold names or have descendants that do, so the map needs no index and never asks for a missing file.
const tiles = new Map();
const tileOf = (level, x, y) => {
  const key = `${level}-${x}-${y}`;
  if (!tiles.has(key)) tiles.set(key, { level, x, y, labels: [], children: new Set() });
  return tiles.get(key);
};
for (const label of labels) {
  const level = clamp(label.minZoom - LEVEL_OFFSET, MIN_LEVEL, MAX_LEVEL);
  const n = 2 ** level;
  const x = clamp(Math.floor(((label.x / UNIT) * n) / 256), 0, n - 1);
  const y = clamp(Math.floor(((label.y / UNIT) * n) / 256), 0, n - 1);
  tileOf(level, x, y).labels.push(label);
}
for (let level = MAX_LEVEL; level > MIN_LEVEL; level--)
  for (const tile of [...tiles.values()].filter((t) => t.level === level))
    tileOf(level - 1, tile.x >> 1, tile.y >> 1).children.add(`${level}-${tile.x}-${tile.y}`);
// Every top-level tile exists (empty or not): the map asks for the ones in view without knowing.
for (let x = 0; x < 2 ** MIN_LEVEL; x++) for (let y = 0; y < 2 ** MIN_LEVEL; y++) tileOf(MIN_LEVEL, x, y);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let raw = 0;
let gzip = 0;
let largest = 0;
for (const [key, tile] of tiles) {
  const text = JSON.stringify({
    format: FORMAT,
    unit: UNIT,
    tile: [tile.level, tile.x, tile.y],
    labels: tile.labels,
    children: [...tile.children].sort(),
  });
  writeFileSync(`${OUT}${key}.json`, text);
  const size = gzipSync(text, { level: 9 }).length;
  raw += text.length;
  gzip += size;
  largest = Math.max(largest, size);
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
console.log(
  `geo/basemap/regions/: ${regions.length} regions and ${features.length} physical names in ${tiles.size} files, raw ${kb(raw)}, gzip ${kb(gzip)} (largest ${kb(largest)})`,
);
