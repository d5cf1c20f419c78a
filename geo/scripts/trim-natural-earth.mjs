// Trims the Natural Earth 1:10m files the basemap uses into geo/source/natural-earth/, so the
// repository keeps only what build-basemap.mjs reads (a few MB instead of ~11 MB).
// Run once when the source changes, with a checkout of github.com/martynafford/natural-earth-geojson:
//   node geo/scripts/trim-natural-earth.mjs /path/to/natural-earth-geojson
// It opens 10m/physical/ne_10m_lakes.7z and ne_10m_rivers_lake_centerlines.7z with `7z x` (Debian:
// p7zip-full) or `7zz` (Debian: 7zip).
//
// Kept: every lake and reservoir (name, scalerank, min_zoom), every minor island, and the marine
// areas the map names (oceans, seas, gulfs, bays, straits up to scalerank 4, with min_label).
// Coordinates are rounded to 4 decimals (≤ 11 m) for lakes and islands, finer than the basemap's
// detail grid (1/4096 of a zoom-0 pixel, ≤ 38 m), and to 2 decimals for marine areas, which only
// give label points. Rivers and lake centre lines: every one with a line (name, scalerank, min_zoom),
// to 4 decimals, drawn on the detail tiles only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArchives } from './natural-earth-archives.mjs';

const checkout = process.argv[2];
if (!checkout) throw new Error('usage: node geo/scripts/trim-natural-earth.mjs <natural-earth-geojson checkout>');
const out = (name) => fileURLToPath(new URL(`../source/natural-earth/${name}`, import.meta.url));

const scratch = extractArchives(checkout, ['physical/ne_10m_lakes.7z', 'physical/ne_10m_rivers_lake_centerlines.7z'], 'trim-natural-earth');
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

const round = (digits) => {
  const factor = 10 ** digits;
  const point = ([x, y]) => [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
  const ring = (r) => r.map(point).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  return (geometry) => ({
    type: geometry.type,
    coordinates:
      geometry.type === 'Polygon' || geometry.type === 'MultiLineString'
        ? geometry.coordinates.map(ring)
        : geometry.type === 'LineString'
          ? ring(geometry.coordinates)
          : geometry.coordinates.map((polygon) => polygon.map(ring)),
  });
};

function trim(features, pick, digits) {
  const geometry = round(digits);
  const kept = features.map((f) => ({ type: 'Feature', properties: pick(f.properties), geometry: geometry(f.geometry) }));
  return JSON.stringify({ type: 'FeatureCollection', features: kept });
}

const lakes = read(join(scratch, 'ne_10m_lakes.json')).features;
writeFileSync(
  out('ne_10m_lakes.json'),
  trim(lakes, (p) => ({ name: p.name, featurecla: p.featurecla, scalerank: p.scalerank, min_zoom: p.min_zoom }), 4),
);

const islands = read(join(checkout, '10m/physical/ne_10m_minor_islands.json')).features;
writeFileSync(
  out('ne_10m_minor_islands.json'),
  trim(islands, (p) => ({ min_zoom: p.min_zoom }), 4),
);

const NAMED = new Set(['ocean', 'sea', 'gulf', 'bay', 'strait']);
const marine = read(join(checkout, '10m/physical/ne_10m_geography_marine_polys.json')).features.filter(
  (f) => NAMED.has(f.properties.featurecla) && f.properties.scalerank <= 4 && f.properties.name,
);
writeFileSync(
  out('ne_10m_geography_marine_polys.json'),
  trim(marine, (p) => ({ name: p.name, featurecla: p.featurecla, scalerank: p.scalerank, min_label: p.min_label }), 2),
);
const rivers = read(join(scratch, 'ne_10m_rivers_lake_centerlines.json')).features.filter((f) => f.geometry);
writeFileSync(
  out('ne_10m_rivers_lake_centerlines.json'),
  trim(rivers, (p) => ({ name: p.name, featurecla: p.featurecla, scalerank: p.scalerank, min_zoom: p.min_zoom }), 4),
);
console.log(`lakes ${lakes.length}, minor islands ${islands.length}, marine areas ${marine.length}, rivers ${rivers.length}`);
