// Generated places for the scale cases: `count` points on land (Natural Earth 1:110m land from
// world-atlas), four roles, plain names, no quotes. Seeded, so every run draws the same places.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

export const SCALE_ROLES = {
  town: { label: 'Town', order: 1, symbol: 'circle', color: '#b3261e' },
  station: { label: 'Station', order: 2, symbol: 'square', color: '#1f5fa8' },
  site: { label: 'Site', order: 3, symbol: 'diamond', color: '#6a3d9a' },
  peak: { label: 'Peak', order: 4, symbol: 'triangle', color: '#3d4a57' },
};

/** mulberry32: a small seeded generator, enough for spreading points. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Land as rings whose edges are grouped by 1° band of latitude, so a point-in-polygon test looks
 * only at the edges that can cross its horizontal ray (100,000 points in well under a second).
 */
function landRings() {
  const land = require('world-atlas/land-110m.json');
  const geometry = feature(land, land.objects.land).features[0].geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().map((ring) => {
    const bands = new Map();
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [a, b] = [ring[j], ring[i]];
      for (let band = Math.floor(Math.min(a[1], b[1])); band <= Math.floor(Math.max(a[1], b[1])); band++) {
        if (!bands.has(band)) bands.set(band, []);
        bands.get(band).push([a, b]);
      }
    }
    return bands;
  });
}

/** Even-odd rule over every ring (outer rings and holes alike). */
function onLand(rings, x, y) {
  let inside = false;
  const band = Math.floor(y);
  for (const bands of rings) {
    for (const [[xi, yi], [xj, yj]] of bands.get(band) ?? []) {
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A places FeatureCollection of `count` points on land, as `<summit-map src>` reads it. */
export function generatePlaces(count, seed = 20190121) {
  const random = seeded(seed);
  const rings = landRings();
  const roles = Object.keys(SCALE_ROLES);
  const features = [];
  while (features.length < count) {
    const lon = random() * 360 - 180;
    const lat = random() * 130 - 56;
    if (!onLand(rings, lon, lat)) continue;
    const n = features.length + 1;
    const role = roles[n % roles.length];
    features.push({
      type: 'Feature',
      id: `p${n}`,
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4] },
      properties: { name: `${SCALE_ROLES[role].label} ${n}`, role },
    });
  }
  return { type: 'FeatureCollection', story: { title: `${count} generated places` }, roles: SCALE_ROLES, features };
}
