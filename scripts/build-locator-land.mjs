// Writes geo/basemap/locator-land.json (fetched by src/data/locator-land.ts, from the basemap folder): the world's land as one SVG path in Web Mercator pixels at
// zoom 0 (256 px for the whole world), simplified for a locator inset a few hundred pixels wide.
// Source: Natural Earth 1:110m land via world-atlas (public domain). Usage: node scripts/build-locator-land.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'));
// Spherical-area weight threshold: drops islands and wiggles below a pixel at inset scale.
const simplified = simplify(presimplify(topology), 2);
const land = feature(simplified, simplified.objects.land);

const MAX_LAT = 85.0511287798;
const project = ([lon, lat]) => {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * 256, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256];
};
const round = (value) => Math.round(value * 10) / 10;

const parts = [];
for (const shape of land.features) {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  for (const polygon of polygons)
    for (const ring of polygon) {
      // Antarctica is cut off by any locator's frame; leave it out.
      if (ring.every(([, lat]) => lat < -60)) continue;
      // A ring that crosses the antimeridian (Chukotka) goes on east of it, past 256 px.
      let previous = ring[0][0];
      const unwrapped = ring.map(([lon, lat]) => {
        previous = lon + 360 * Math.round((previous - lon) / 360);
        return [previous, lat];
      });
      // Then starts at or east of -180°, so Eurasia is not drawn a world to the west.
      const west = Math.min(...unwrapped.map(([lon]) => lon));
      const shift = west < -180 ? 360 * Math.ceil((-180 - west) / 360) : 0;
      const points = unwrapped.map(([lon, lat]) => project([lon + shift, lat])).map(([x, y]) => `${round(x)} ${round(y)}`);
      // Rings that vanish at this scale are left out.
      if (new Set(points).size < 4) continue;
      parts.push(`M${points.join('L')}Z`);
    }
}
const path = parts.join('');
const source = 'Natural Earth 1:110m land via world-atlas land-110m.json (public domain); made by scripts/build-locator-land.mjs';
writeFileSync(new URL('../geo/basemap/locator-land.json', import.meta.url), `${JSON.stringify({ source, path }, null, 2)}\n`);
console.log(`geo/basemap/locator-land.json: ${path.length} characters`);
