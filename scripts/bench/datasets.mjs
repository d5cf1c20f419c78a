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

function landPolygons() {
  const land = require('world-atlas/land-110m.json');
  const geometry = feature(land, land.objects.land).features[0].geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => {
    const xs = rings[0].map((p) => p[0]);
    const ys = rings[0].map((p) => p[1]);
    return { rings, west: Math.min(...xs), east: Math.max(...xs), south: Math.min(...ys), north: Math.max(...ys) };
  });
}

function insideRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function onLand(polygons, x, y) {
  return polygons.some(
    (p) =>
      x >= p.west &&
      x <= p.east &&
      y >= p.south &&
      y <= p.north &&
      insideRing(p.rings[0], x, y) &&
      !p.rings.slice(1).some((hole) => insideRing(hole, x, y)),
  );
}

/** A places FeatureCollection of `count` points on land, as `<summit-map src>` reads it. */
export function generatePlaces(count, seed = 20190121) {
  const random = seeded(seed);
  const polygons = landPolygons();
  const roles = Object.keys(SCALE_ROLES);
  const features = [];
  while (features.length < count) {
    const lon = random() * 360 - 180;
    const lat = random() * 130 - 56;
    if (!onLand(polygons, lon, lat)) continue;
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
