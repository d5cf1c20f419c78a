// Trims the Natural Earth 1:10m files the basemap's region names come from into
// geo/source/natural-earth/, so the repository keeps only what build-regions.mjs reads.
// Run once when the source changes, with a checkout of github.com/martynafford/natural-earth-geojson:
//   node geo/scripts/trim-natural-earth-regions.mjs /path/to/natural-earth-geojson
// It opens 10m/cultural/ne_10m_admin_1_label_points.7z and 10m/physical/ne_10m_geography_regions_polys.7z
// with `7z x` (Debian: p7zip-full) or `7zz x` (Debian: 7zip).
//
// Kept: the admin-1 (state, province) label points, one per polygon part of a region, without the
// parts Natural Earth ranks as minor islands (scalerank 11): name, adm1_code, admin, scalerank, adm0_sr (the
// part's own rank, 1 for a main part), to 3
// decimals (≤ 110 m). The geography regions (islands, island groups, peninsulas, ranges, deserts, …)
// but the continents: name, featurecla, scalerank, min_label, outlines to 2 decimals (≤ 1.1 km),
// which only give a label point and an extent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArchives } from './natural-earth-archives.mjs';

const checkout = process.argv[2];
if (!checkout) throw new Error('usage: node geo/scripts/trim-natural-earth-regions.mjs <natural-earth-geojson checkout>');
const out = (name) => fileURLToPath(new URL(`../source/natural-earth/${name}`, import.meta.url));

const scratch = extractArchives(
  checkout,
  ['cultural/ne_10m_admin_1_label_points.7z', 'physical/ne_10m_geography_regions_polys.7z'],
  'trim-natural-earth-regions',
);
const read = (name) => JSON.parse(readFileSync(join(scratch, name), 'utf8')).features;

const rounder = (digits) => {
  const factor = 10 ** digits;
  return ([x, y]) => [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
};

const point = rounder(3);
const admin1 = read('ne_10m_admin_1_label_points.json')
  .filter((f) => f.properties.scalerank < 11)
  .map(({ properties: p, geometry }) => ({
    type: 'Feature',
    properties: { name: p.name, adm1_code: p.adm1_code, admin: p.admin, scalerank: p.scalerank, adm0_sr: p.adm0_sr },
    geometry: { type: 'Point', coordinates: point(geometry.coordinates) },
  }));
writeFileSync(out('ne_10m_admin_1_label_points.json'), JSON.stringify({ type: 'FeatureCollection', features: admin1 }));

const coarse = rounder(2);
const ring = (r) => r.map(coarse).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
const SKIP = new Set(['Continent', 'Dragons-be-here']);
const regions = read('ne_10m_geography_regions_polys.json')
  .filter((f) => f.geometry && f.properties.name && !SKIP.has(f.properties.featurecla))
  .map(({ properties: p, geometry }) => ({
    type: 'Feature',
    properties: { name: p.name, featurecla: p.featurecla, scalerank: p.scalerank, min_label: p.min_label },
    geometry: {
      type: geometry.type,
      coordinates: geometry.type === 'Polygon' ? geometry.coordinates.map(ring) : geometry.coordinates.map((polygon) => polygon.map(ring)),
    },
  }));
writeFileSync(out('ne_10m_geography_regions_polys.json'), JSON.stringify({ type: 'FeatureCollection', features: regions }));
console.log(`admin-1 label points ${admin1.length}, geography regions ${regions.length}`);
