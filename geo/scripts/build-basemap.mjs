// Builds geo/basemap.topo.json, the country outlines under the summit map.
// Run: npm run geo:basemap   (node geo/scripts/build-basemap.mjs)
//
// Data: Natural Earth 1:50m Admin 0 countries (public domain, https://www.naturalearthdata.com/),
// as packaged in TopoJSON by world-atlas@2 (https://github.com/topojson/world-atlas, ISC).
//
// Decisions:
// - Inside the story boxes every 1:50m vertex is kept, so Vietnam, the Chinese and Korean coasts,
//   Singapore, the Stockholm/Mälaren area and Washington look right at the zooms that frame them
//   (Leaflet ~5–7).
// - Elsewhere the map is only seen at world zoom, so it is simplified with Visvalingam's method
//   (topojson-simplify, spherical triangle areas) down to WORLD_MIN_AREA_KM2.
// - Each country keeps at least its largest ring (so small states such as Monaco or Nauru stay
//   on the map, if only as a triangle); other rings that collapse to a line are dropped.
// - Rings that wrap around ±180° (Russia, Fiji) are cut in two, because Leaflet draws lon/lat flat.
// - Antarctica is dropped: no story place is near it and it is big.
// - The output is quantized with world-atlas's own transform, so kept vertices decode to exactly the
//   1:50m coordinates (the tests compare Vietnam against the original).
// - Object name `countries`; each geometry keeps world-atlas's `id` and `properties.name`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bbox, feature, quantize } from 'topojson-client';
import { filter, planarRingArea, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { cutAtAntimeridian } from './cut-antimeridian.mjs';

const require = createRequire(import.meta.url);
const world = require('world-atlas/countries-50m.json');
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const OUTPUT = here('../basemap.topo.json');
const BUDGET_FILES = [here('../places.geojson'), here('../article.json')];
const BUDGET_GZIP = 150_000; // bytes: basemap + places + article, gzip -9 (tests/geo/basemap.test.ts checks it too)

/** [west, south, east, north] in degrees; every vertex inside is kept at full 1:50m detail. */
const STORY_BOXES = [
  [95, 0, 135, 45], // Vietnam, southern and eastern China, the Koreas, Singapore
  [10, 55, 25, 62], // Stockholm and Lake Mälaren
  [103, 0.9, 104.5, 1.8], // Singapore (inside the first box; listed so it survives edits to it)
  [-79, 37.5, -75, 40], // Washington and the Chesapeake Bay (the White House is a story place)
];
const WORLD_MIN_AREA_KM2 = 70; // Visvalingam triangle area below which a vertex goes, outside the boxes
const EARTH_RADIUS_KM = 6371.0088;
const DROP_IDS = new Set(['010']); // Antarctica

const inStoryBox = ([lon, lat]) => STORY_BOXES.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n);
const minWeight = WORLD_MIN_AREA_KM2 / EARTH_RADIUS_KM ** 2; // spherical weights are in steradians

// 1. Countries only, without Antarctica; filter() with no test just prunes the arcs left unused.
const countries = world.objects.countries;
const trimmed = filter({
  ...world,
  objects: { countries: { ...countries, geometries: countries.geometries.filter((g) => !DROP_IDS.has(g.id)) } },
});

// 2. Weigh every vertex; the story boxes get infinite weight so simplify() never drops them.
// So do vertices on the ±180° cut (Russia, Fiji, the Aleutians): on the sphere they sit on a
// meridian, so their triangles have no area, but dropping one bends the cut edge in the flat
// lon/lat polygon that Leaflet draws (Russia's area moved by 2.7% before this).
const onAntimeridian = ([lon]) => Math.abs(lon) > 179.999;
const weighted = presimplify(trimmed, sphericalTriangleArea);
for (const arc of weighted.arcs) {
  for (const point of arc) if (inStoryBox(point) || onAntimeridian(point)) point[2] = Infinity;
}

// 3. Keep each country's largest ring a polygon: promote its heaviest vertices until 3 distinct survive.
const ringPoints = (ring) => ring.flatMap((i) => (i < 0 ? [...weighted.arcs[~i]].reverse() : weighted.arcs[i]));
const key = (p) => `${p[0]},${p[1]}`;
for (const geometry of trimmed.objects.countries.geometries) {
  const rings = geometry.type === 'Polygon' ? [geometry.arcs[0]] : geometry.arcs.map((polygon) => polygon[0]);
  const largest = rings.reduce((a, b) => (planarRingArea(ringPoints(b)) > planarRingArea(ringPoints(a)) ? b : a));
  const points = ringPoints(largest);
  const kept = new Set(points.filter((p) => p[2] >= minWeight).map(key));
  const candidates = points.filter((p) => p[2] < minWeight).sort((a, b) => b[2] - a[2]);
  for (const p of candidates) {
    if (kept.size >= 3) break;
    if (!kept.has(key(p))) kept.add(key(p));
    p[2] = Infinity;
  }
}

// 4. Simplify; cut rings that wrap around the antimeridian (see cut-antimeridian.mjs); then drop
//    rings that collapsed to fewer than three distinct points.
const simplified = cutAtAntimeridian(simplify(weighted, minWeight));
const distinctPoints = (ring) => new Set(feature(simplified, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0].map(key)).size;
const cleaned = filter(simplified, (ring) => distinctPoints(ring) >= 3);

// 5. Quantize on world-atlas's own grid, so kept vertices decode to the same numbers as the original.
const basemap = quantize({ ...cleaned, bbox: bbox(cleaned) }, world.transform);
const text = JSON.stringify(basemap);
writeFileSync(OUTPUT, text);

// 6. Report sizes and enforce the page budget.
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const basemapGzip = gzip(Buffer.from(text));
const vertices = (topology) => topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
const geometries = basemap.objects.countries.geometries;
console.log(`geo/basemap.topo.json: ${geometries.length} countries, ${vertices(basemap)} of ${vertices(trimmed)} vertices`);
console.log(`  raw ${kb(text.length)} (${text.length} B), gzip ${kb(basemapGzip)} (${basemapGzip} B)`);
const total = basemapGzip + BUDGET_FILES.reduce((sum, file) => sum + gzip(readFileSync(file)), 0);
console.log(`  basemap + places + article gzip: ${kb(total)} of ${kb(BUDGET_GZIP)} budget`);
if (total > BUDGET_GZIP) {
  console.error('Over budget: raise WORLD_MIN_AREA_KM2 or shrink the story boxes.');
  process.exitCode = 1;
}
